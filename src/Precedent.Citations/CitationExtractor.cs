using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations;

/// <summary>
/// Finds every citation in a text. Thread-safe and reusable: build one (or use <see cref="Default"/>) and call
/// <see cref="Extract"/> from any number of threads.
/// </summary>
/// <example>
/// <code>
/// var text = "See Anderson v. Creighton, 483 U.S. 635, 638 (1987). Id. at 640.";
/// foreach (var c in CitationExtractor.Default.Extract(text))
///     Console.WriteLine($"{c.Kind} {c.Text}");   // Case 483 U.S. 635, then Id Id. at 640
/// </code>
/// </example>
public sealed class CitationExtractor
{
    private static readonly Lazy<CitationExtractor> LazyDefault = new(() => new CitationExtractor(CitationCatalog.Default));

    /// <summary>An extractor over the embedded catalog.</summary>
    public static CitationExtractor Default => LazyDefault.Value;

    private readonly Scanner _scanner;

    /// <summary>The catalog the extractor reads reporters, courts and codes from.</summary>
    public CitationCatalog Catalog { get; }

    /// <summary>Builds an extractor over a catalog.</summary>
    public CitationExtractor(CitationCatalog catalog)
    {
        Catalog = catalog;
        _scanner = new Scanner(CitationPipeline.DefaultParsers());
    }

    /// <summary>Every citation in <paramref name="text"/>, in document order, with exact spans.</summary>
    public IReadOnlyList<Citation> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
            return [];
        var context = new ParseContext(text, Catalog);
        var drafts = _scanner.Scan(context);
        TreatiseClassifier.Reclassify(text, drafts);
        ReferenceFinder.AddReferences(context, drafts);
        return DraftFinalizer.Finalize(text, drafts);
    }
}
