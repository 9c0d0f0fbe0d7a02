namespace Precedent.Citations.Scanning;

/// <summary>
/// A citation while the scanner and parsers are still working on it. Drafts refer to each other by object
/// (parallel group, history); <see cref="CitationExtractor"/> turns them into immutable, indexed <see cref="Citation"/>s.
/// </summary>
internal sealed class CitationDraft
{
    public CitationKind Kind;
    /// <summary>Position in document order, set when the drafts are finalised.</summary>
    public int Index = -1;
    public int Start;
    public int End;
    public int FullStart;
    public int FullEnd;
    public string? Volume;
    public string? Reporter;
    public string? ReporterNormalized;
    public string? Page;
    public string? PinCite;
    public int? Year;
    public string? Court;
    public string? CourtText;
    public string? DateText;
    public string? CaseName;
    public string? Plaintiff;
    public string? Defendant;
    public string? Signal;
    public List<string>? Parentheticals;
    /// <summary>Spans (start, end) of explanatory parentheticals' inner text, to find nested citations.</summary>
    public List<(int Start, int End)>? ParentheticalSpans;
    public List<DraftHistory>? History;
    public CitationDraft? ParallelOf;
    public string? Title;
    public string? Code;
    public string? Section;
    public string? Alias;
    public string? ShortName;
    /// <summary>The catalog edition of a case, short case or neutral citation.</summary>
    public Catalog.ReporterEdition? Edition;
}

/// <summary>Subsequent history while parsing: the history citation is found later by its start offset.</summary>
internal sealed record DraftHistory(string Relation, int CitationStart, string Text);
