using Precedent.Citations.Catalog;

namespace Precedent.Citations.Scanning;

/// <summary>What every parser sees: the whole input and the shared, immutable catalog.</summary>
internal sealed class ParseContext(string text, CitationCatalog catalog)
{
    public string Text { get; } = text;
    public CitationCatalog Catalog { get; } = catalog;
}
