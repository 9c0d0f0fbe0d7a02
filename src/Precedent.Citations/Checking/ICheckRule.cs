using Precedent.Citations.Catalog;
using Precedent.Citations.Checking.Rules;

namespace Precedent.Citations.Checking;

/// <summary>What every rule sees.</summary>
internal sealed class CheckContext(ResolvedDocument document, CheckOptions options, CitationCatalog catalog)
{
    public ResolvedDocument Document { get; } = document;
    public CheckOptions Options { get; } = options;
    public CitationCatalog Catalog { get; } = catalog;

    private readonly List<Citation>?[] _groups = new List<Citation>?[document.Citations.Count];
    private readonly List<Citation>?[] _pinTargets = new List<Citation>?[document.Citations.Count];
    private readonly List<PinPage>?[] _pinPages = new List<PinPage>?[document.Citations.Count];
    private Dictionary<int, List<Citation>>? _authorityCases;

    /// <summary>Pin targets of a citation, worked out once and shared by the pin rules.</summary>
    public List<Citation> PinTargetsOf(Citation c, Func<CheckContext, Citation, List<Citation>> compute)
        => _pinTargets[c.Index] ??= compute(this, c);

    /// <summary>The page items of a citation's pin, read once and shared by the pin rules.</summary>
    public List<PinPage> PinPagesOf(Citation c, Func<CheckContext, Citation, List<PinPage>> read)
        => _pinPages[c.Index] ??= read(this, c);

    private readonly List<PinPage>?[] _rawPinPages = new List<PinPage>?[document.Citations.Count];

    /// <summary>The page items of a citation's pin as written, read once (do not modify).</summary>
    public List<PinPage> RawPinPagesOf(Citation c) => _rawPinPages[c.Index] ??= PinPages.Read(c.PinCite);

    /// <summary>Every full case citation of an authority (by authority index), made once per authority.</summary>
    public List<Citation> AuthorityCasesOf(int authority, Func<int, List<Citation>> make)
    {
        _authorityCases ??= [];
        if (!_authorityCases.TryGetValue(authority, out var list))
            _authorityCases[authority] = list = make(authority);
        return list;
    }

    private readonly ReporterEdition?[] _editions = new ReporterEdition?[document.Citations.Count];
    private readonly bool[] _editionLooked = new bool[document.Citations.Count];

    /// <summary>The catalog edition of a case, short case, neutral or journal citation; null when not catalogued (looked up once per citation).</summary>
    public ReporterEdition? EditionOf(Citation c)
    {
        if (c.ReporterNormalized is not { } r)
            return null;
        if ((uint)c.Index < (uint)_editions.Length && ReferenceEquals(Document.Citations[c.Index], c))
        {
            if (!_editionLooked[c.Index])
            {
                _editions[c.Index] = Catalog.FindEdition(r);
                _editionLooked[c.Index] = true;
            }
            return _editions[c.Index];
        }
        return Catalog.FindEdition(r);
    }

    /// <summary>A reporter caption over the parties' names rather than a citation (see <see cref="CitationFacts.IsCaption"/>).</summary>
    public bool IsCaption(Citation c) => CitationFacts.IsCaption(Document.Text, c);

    /// <summary>A full citation and its parallel citations, in the order written (do not modify the list).</summary>
    public List<Citation> GroupOf(Citation primary)
    {
        if (_groups[primary.Index] is { } made)
            return made;
        if (!_groupsMade)
            MakeGroups();
        return _groups[primary.Index] ??= [primary];
    }

    private bool _groupsMade;

    /// <summary>Every parallel group in one pass over the citations.</summary>
    private void MakeGroups()
    {
        _groupsMade = true;
        var citations = Document.Citations;
        for (var k = 0; k < citations.Count; k++)
        {
            var c = citations[k];
            if (c.ParallelOf is not { } p || p < 0 || p >= k || k - p > 12)
                continue;
            (_groups[p] ??= [citations[p]]).Add(c);
        }
    }
}

/// <summary>One cite-check rule: a stable code, a severity, and the check itself.</summary>
internal interface ICheckRule
{
    /// <summary>"PR012".</summary>
    string Code { get; }

    /// <summary>Adds its findings for the whole document.</summary>
    void Check(CheckContext context, List<Finding> findings);
}

/// <summary>The one list of rules, in code order.</summary>
internal static class CheckRules
{
    public static readonly IReadOnlyList<ICheckRule> All =
    [
        new UnknownReporterRule(),      // PR001
        new ReporterYearRule(),         // PR002
        new CourtCoverageRule(),        // PR003
        new FutureYearRule(),           // PR004
        new MissingYearRule(),          // PR005
        new PinBeforeFirstPageRule(),   // PR006
        new PinTooFarRule(),            // PR007
        new PinRangeRule(),             // PR008
        new NoAntecedentRule(),         // PR009
        new AmbiguousIdRule(),          // PR010
        new IdAcrossPartsRule(),        // PR011
        new UsReportsYearRule(),        // PR012
        new InconsistentAuthorityRule(), // PR013
        new ReporterFormRule(),         // PR014
        new ParallelOrderRule(),        // PR015
        new SectionSignRule(),          // PR016
        new MissingCourtRule(),         // PR017
    ];
}
