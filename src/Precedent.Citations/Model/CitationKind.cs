namespace Precedent.Citations;

/// <summary>The form of a citation, as named in the cite-json contract.</summary>
public enum CitationKind
{
    /// <summary>A full case citation: "Anderson v. Creighton, 483 U.S. 635, 638 (1987)".</summary>
    Case,
    /// <summary>A short case citation: "51 F.3d at 1534", "Albright, 51 F.3d at 1534".</summary>
    ShortCase,
    /// <summary>"Id.", "id. at 593 n.14", "Ibid.".</summary>
    Id,
    /// <summary>"Bush, supra, at 100", "supra note 12".</summary>
    Supra,
    /// <summary>A case named alone after its full citation: "In Albright, we held".</summary>
    Reference,
    /// <summary>A statute: "42 U.S.C. § 1983", "Fla. Stat. § 768.28", bare "§ 1983".</summary>
    Statute,
    /// <summary>A regulation: "29 C.F.R. § 1630.2(j)", "65 Fed. Reg. 12,345".</summary>
    Regulation,
    /// <summary>A court rule: "Fed. R. Civ. P. 56(c)".</summary>
    Rule,
    /// <summary>A constitution: "U.S. Const. amend. IV".</summary>
    Constitution,
    /// <summary>A journal, treatise or looseleaf: "1 Minn. L. Rev. 1".</summary>
    Journal,
    /// <summary>A public-domain or database citation: "2001 WL 202045", "2019 IL 123456".</summary>
    Neutral,
    /// <summary>A citation to the record: "Aplt. App. at 138".</summary>
    Record,
    /// <summary>Something citation-shaped that fits no other kind.</summary>
    Unknown,
}

/// <summary>Contract spellings of <see cref="CitationKind"/>.</summary>
public static class CitationKindNames
{
    /// <summary>The contract name of a kind: "case", "short_case", "id", …</summary>
    public static string ToContractName(this CitationKind kind) => kind switch
    {
        CitationKind.Case => "case",
        CitationKind.ShortCase => "short_case",
        CitationKind.Id => "id",
        CitationKind.Supra => "supra",
        CitationKind.Reference => "reference",
        CitationKind.Statute => "statute",
        CitationKind.Regulation => "regulation",
        CitationKind.Rule => "rule",
        CitationKind.Constitution => "constitution",
        CitationKind.Journal => "journal",
        CitationKind.Neutral => "neutral",
        CitationKind.Record => "record",
        _ => "unknown",
    };
}
