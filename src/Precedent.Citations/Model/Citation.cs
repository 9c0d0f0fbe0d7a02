namespace Precedent.Citations;

/// <summary>
/// One citation found in a document: its form, its exact span in the input and its parts.
/// Immutable; resolution adds links in a <see cref="ResolvedDocument"/> rather than changing it.
/// </summary>
/// <example>
/// <code>
/// var citations = CitationExtractor.Default.Extract("See Graham v. Connor, 490 U.S. 386, 396 (1989).");
/// // citations[0].Kind == CitationKind.Case, .Volume == "490", .Page == "386", .PinCite == "396", .Year == 1989
/// </code>
/// </example>
public sealed record Citation
{
    /// <summary>Position in document order, from 0.</summary>
    public int Index { get; init; }
    /// <summary>The citation's form.</summary>
    public required CitationKind Kind { get; init; }
    /// <summary>Start of the citation's core span (UTF-16 offset into the input).</summary>
    public required int Start { get; init; }
    /// <summary>End (exclusive) of the core span.</summary>
    public required int End { get; init; }
    /// <summary>The input text of the core span.</summary>
    public required string Text { get; init; }
    /// <summary>Start of the whole citation unit: case name or signal included.</summary>
    public int FullStart { get; init; }
    /// <summary>End (exclusive) of the whole unit: parentheticals and history included.</summary>
    public int FullEnd { get; init; }
    /// <summary>Volume as written ("483"), or the year of a neutral citation.</summary>
    public string? Volume { get; init; }
    /// <summary>Reporter as written ("U. S.", "F. 3d").</summary>
    public string? Reporter { get; init; }
    /// <summary>The catalog's canonical abbreviation ("U.S.", "F.3d").</summary>
    public string? ReporterNormalized { get; init; }
    /// <summary>First page as written, "___" for a blank page.</summary>
    public string? Page { get; init; }
    /// <summary>Pin cite without "at": "638", "1205-06", "593 n.14", "*7", "¶ 12".</summary>
    public string? PinCite { get; init; }
    /// <summary>Decision year from the parenthetical.</summary>
    public int? Year { get; init; }
    /// <summary>Court id in CourtListener's style ("scotus", "ca10").</summary>
    public string? Court { get; init; }
    /// <summary>Court text of the parenthetical as written ("10th Cir.").</summary>
    public string? CourtText { get; init; }
    /// <summary>Full date from the parenthetical when it gives one ("Feb. 9, 2015").</summary>
    public string? DateText { get; init; }
    /// <summary>Case name as written ("Anderson v. Creighton").</summary>
    public string? CaseName { get; init; }
    /// <summary>First party of the case name.</summary>
    public string? Plaintiff { get; init; }
    /// <summary>Second party of the case name.</summary>
    public string? Defendant { get; init; }
    /// <summary>Introductory signal in lower case ("see", "see also", "cf.").</summary>
    public string? Signal { get; init; }
    /// <summary>Explanatory parentheticals, in order, without the outer parentheses.</summary>
    public IReadOnlyList<string> Parentheticals { get; init; } = [];
    /// <summary>Subsequent history ("aff'd", "cert. denied").</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];
    /// <summary>Index of the citation whose parenthetical contains this one.</summary>
    public int? NestedIn { get; init; }
    /// <summary>For a parallel citation, the index of the first citation of its group.</summary>
    public int? ParallelOf { get; init; }
    /// <summary>Statute/regulation title ("42"), chapter, or null.</summary>
    public string? Title { get; init; }
    /// <summary>Code, rule set or constitution ("U.S.C.", "Fed. R. Civ. P.", "U.S. Const.").</summary>
    public string? Code { get; init; }
    /// <summary>Section, rule or provision ("1983", "56(c)", "amend. IV").</summary>
    public string? Section { get; init; }
    /// <summary>A "[hereinafter X]" alias declared right after this citation.</summary>
    public string? Alias { get; init; }
    /// <summary>For supra and reference citations: the name used ("Bush").</summary>
    public string? ShortName { get; init; }
}

/// <summary>One piece of subsequent history of a case citation.</summary>
/// <param name="Relation">"aff'd", "rev'd", "cert. denied", "cert. granted sub nom.", "overruled by" …</param>
/// <param name="Citation">Index of the history citation, or null when none follows.</param>
/// <param name="Text">The history text as written.</param>
public sealed record HistoryEntry(string Relation, int? Citation, string Text);
