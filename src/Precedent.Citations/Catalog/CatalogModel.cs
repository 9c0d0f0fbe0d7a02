namespace Precedent.Citations.Catalog;

/// <summary>What kind of publication a reporter is.</summary>
public enum ReporterKind
{
    /// <summary>Reports of the Supreme Court of the United States (U.S., S. Ct., L. Ed.).</summary>
    Scotus,
    /// <summary>Other federal reporters (F.3d, F. Supp., B.R. …).</summary>
    Federal,
    /// <summary>West's regional reporters (A.2d, N.E.2d, P.3d …).</summary>
    Regional,
    /// <summary>A state's own reporter (Cal. App. 4th, N.Y.2d …).</summary>
    State,
    /// <summary>Specialty reporters (M.J., T.C., Vet. App. …).</summary>
    Specialty,
    /// <summary>Early reporters named after their reporter of decisions (Cranch, Wheat.).</summary>
    Nominative,
    /// <summary>Public-domain and database citations (WL, LEXIS, 2019 IL 123456).</summary>
    Neutral,
    /// <summary>Law reviews, journals and looseleaf services.</summary>
    Journal,
}

/// <summary>One numbered series of a reporter, with its years of publication and the spellings seen in text.</summary>
public sealed record ReporterEdition
{
    /// <summary>Canonical abbreviation: "F.3d", "S. Ct.", "Cal. App. 4th".</summary>
    public required string Abbreviation { get; init; }
    /// <summary>Name of the reporter the edition belongs to ("Federal Reporter").</summary>
    public required string ReporterName { get; init; }
    /// <summary>Kind of publication.</summary>
    public required ReporterKind Kind { get; init; }
    /// <summary>First year of publication.</summary>
    public int? StartYear { get; init; }
    /// <summary>Last year of publication, null while it is still published.</summary>
    public int? EndYear { get; init; }
    /// <summary>Other spellings that mean this edition.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
    /// <summary>Jurisdictions covered: "us" for federal, postal codes for states ("ca", "ny").</summary>
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];
    /// <summary>Court levels covered ("supreme", "appellate", "trial"); empty means every level.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];
    /// <summary>Explicit court ids covered, in addition to jurisdictions and levels.</summary>
    public IReadOnlyList<string> Courts { get; init; } = [];
    /// <summary>The court a citation to this edition means when its parenthetical names none ("U.S." → scotus).</summary>
    public string? DefaultCourt { get; init; }
}

/// <summary>A court, with the abbreviations used for it in citation parentheticals.</summary>
public sealed record Court
{
    /// <summary>CourtListener-style id: "scotus", "ca10", "cod", "calctapp".</summary>
    public required string Id { get; init; }
    /// <summary>Full name.</summary>
    public required string Name { get; init; }
    /// <summary>"us" for federal courts, else the state's postal code in lower case.</summary>
    public required string Jurisdiction { get; init; }
    /// <summary>"supreme", "appellate", "trial", "bankruptcy" or "specialty".</summary>
    public required string Level { get; init; }
    /// <summary>Parenthetical abbreviations ("10th Cir.", "C.D. Cal.").</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];
}
