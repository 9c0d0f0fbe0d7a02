using Precedent.Citations;
using Precedent.Documents.Sources;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Reads the structure of a court opinion: caption (court, dockets, date, names, parties, panel), the parts
/// (majority, concurrences, dissents) with their authors, headings, footnotes, block quotations, the disposition, the
/// standards of review, topic tags, and every citation resolved within its part.
/// </summary>
/// <example>
/// <code>
/// var opinion = OpinionReader.Read(DocumentReader.Read("medina.txt"));
/// foreach (var part in opinion.Parts)
///     Console.WriteLine($"{part.Kind} by {part.Author}: {part.End - part.Start} characters");
/// </code>
/// </example>
public static class OpinionReader
{
    /// <summary>Reads what the text of <paramref name="document"/> states.</summary>
    /// <param name="document">The decoded document.</param>
    /// <param name="metadata">
    /// The record's metadata (CourtListener or CAP JSON), or null. It fills what the text does not state (court, date,
    /// names, dockets) and, when the source split the opinion into parts itself, gives the parts.
    /// </param>
    /// <param name="resolver">The citation resolver; the default one when null.</param>
    public static OpinionStructure Read(SourceDocument document, OpinionMetadata? metadata = null, CitationResolver? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        resolver ??= CitationResolver.Default;
        var text = document.Text;
        var caption = CaptionReader.Read(text);
        var fromSource = PartsFromSource(metadata, text.Length);
        var parts = fromSource ?? PartReader.Read(text, caption.BodyStart);
        if (metadata is { Parts.Count: 1 } && parts.Count == 1)
        {
            // One typed opinion (CourtListener's "dissent", "concurrence"): the text's own headings say more when
            // it has any; the record's type names the opinion only when the text names nothing.
            var fromText = fromSource is null ? parts : PartReader.Read(text, caption.BodyStart);
            parts = fromText.Count > 1 || fromText[0].Author is not null || fromText[0].Kind != "majority"
                ? fromText
                : [fromText[0] with { Kind = parts[0].Kind, Author = parts[0].Author ?? PartReader.ClosingJoinAuthor(text, 0, text.Length) }];
        }
        var citations = resolver.Resolve(text, parts);
        var headings = HeadingReader.Read(text, parts);
        var footnotes = FootnoteReader.Read(document);
        var blockQuotes = WithMarkedQuotes(BlockQuoteReader.Read(text), document.BlockQuotes);
        var disposition = DispositionReader.Read(text, parts, caption.BodyStart);
        var standards = StandardOfReviewReader.Read(text, parts);
        var topics = TopicTagger.Tag(text, citations.Citations);
        caption = WithAuthors(caption, parts);
        if (metadata is not null)
            caption = WithMetadata(caption, metadata);
        return new OpinionStructure(document, caption, parts, headings, footnotes, blockQuotes, disposition, standards,
            topics, citations);
    }

    /// <summary>The quotations the markup marked, and those the text's layout shows that do not overlap them, in order.</summary>
    private static IReadOnlyList<TextSpan> WithMarkedQuotes(IReadOnlyList<TextSpan> fromLayout, IReadOnlyList<QuoteSpan> marked)
    {
        if (marked.Count == 0)
            return fromLayout;
        var all = new List<TextSpan>(marked.Count + fromLayout.Count);
        foreach (var q in marked)
            all.Add(new TextSpan(q.Start, q.End));
        // the marked quotations are in text order and do not overlap: a binary search finds the one that may
        foreach (var q in fromLayout)
        {
            int lo = 0, hi = marked.Count - 1, last = -1;
            while (lo <= hi)
            {
                var mid = lo + ((hi - lo) >> 1);
                if (marked[mid].Start < q.End)
                {
                    last = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            if (last < 0 || marked[last].End <= q.Start)
                all.Add(q);
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>Parts given by the source (CAP splits opinions itself), when they cover the text.</summary>
    private static IReadOnlyList<OpinionPart>? PartsFromSource(OpinionMetadata? metadata, int length)
    {
        if (metadata is null || metadata.Parts.Count == 0)
            return null;
        var parts = new List<OpinionPart>(metadata.Parts.Count);
        var at = 0;
        foreach (var p in metadata.Parts)
        {
            if (p.Start < at || p.End < p.Start || p.End > length)
                return null;
            parts.Add(new OpinionPart(KindOf(p.Type), p.Author, parts.Count == 0 ? 0 : p.Start, p.End));
            at = p.End;
        }
        // Cover the whole text: stretch each part to the next one's start and the last to the end.
        for (var i = 0; i < parts.Count; i++)
        {
            var end = i + 1 < parts.Count ? parts[i + 1].Start : length;
            parts[i] = parts[i] with { End = end };
        }
        return parts;
    }

    /// <summary>Maps a source's opinion type ("majority", "dissent", "concurring-in-part-and-dissenting-in-part") to a part kind.</summary>
    internal static string KindOf(string? type)
    {
        var t = (type ?? "").ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
        if (t.Contains("dissent", StringComparison.Ordinal))
            return t.Contains("concur", StringComparison.Ordinal) ? "concurrence_in_part_dissent_in_part" : "dissent";
        if (t.Contains("concur", StringComparison.Ordinal))
            return t.Contains("judgment", StringComparison.Ordinal) || t.Contains("result", StringComparison.Ordinal)
                ? "concurrence_in_judgment" : "concurrence";
        if (t.Contains("per curiam", StringComparison.Ordinal))
            return "per_curiam";
        if (t.Contains("plurality", StringComparison.Ordinal))
            return "plurality";
        if (t.Contains("majority", StringComparison.Ordinal) || t.Contains("lead", StringComparison.Ordinal)
            || t.Contains("combined", StringComparison.Ordinal) || t.Length == 0)
            return "majority";
        return "other";
    }

    /// <summary>The panel: the judges the caption names, then any author of a part it did not name.</summary>
    private static Caption WithAuthors(Caption caption, IReadOnlyList<OpinionPart> parts)
    {
        List<string>? judges = null;
        foreach (var p in parts)
        {
            if (p.Author is not { Length: > 0 } author || Contains(caption.Judges, author) || (judges is not null && Contains(judges, author)))
                continue;
            judges ??= [.. caption.Judges];
            judges.Add(author);
        }
        return judges is null ? caption : caption with { Judges = judges };
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var n in names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>Fills what the text does not state from the record's metadata.</summary>
    private static Caption WithMetadata(Caption caption, OpinionMetadata metadata)
    {
        var court = caption.Court;
        if (court is null && metadata.Court is { Length: > 0 } courtName && CourtNameMatcher.Match(courtName) is { } matched)
            court = new CourtRef(matched.Id, matched.Name);
        return caption with
        {
            Court = court,
            Date = caption.Date ?? metadata.Date,
            CaseName = caption.CaseName ?? NullIfEmpty(metadata.CaseName),
            FullCaseName = caption.FullCaseName ?? NullIfEmpty(metadata.CaseNameFull),
            Dockets = caption.Dockets.Count > 0 ? caption.Dockets : metadata.Dockets,
        };
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
