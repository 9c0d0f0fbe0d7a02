using System.Collections.Frozen;
using Precedent.Citations.Catalog;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR003: a court that the reporter does not publish ("51 F.3d 1531 (Cal. 1999)"). Only when the court text of the
/// parenthetical is a court the catalog knows, and names its state when it is a state court: "(App. Div. 1958)"
/// after "N.J. Super." is New Jersey's Appellate Division, the state left implicit by the reporter, though the
/// catalog files that abbreviation under New York. "(D.C. 1965)" is left alone for the same reason: in older
/// citations it means a federal district court.
/// </summary>
internal sealed class CourtCoverageRule : ICheckRule
{
    /// <summary>Bluebook abbreviations of the states, by postal code (white space removed).</summary>
    private static readonly FrozenDictionary<string, string[]> StateNames = new Dictionary<string, string[]>
    {
        ["al"] = ["Ala."], ["ak"] = ["Alaska"], ["az"] = ["Ariz."], ["ar"] = ["Ark."], ["ca"] = ["Cal."],
        ["co"] = ["Colo."], ["ct"] = ["Conn."], ["de"] = ["Del."], ["dc"] = ["D.C."], ["fl"] = ["Fla."], ["ga"] = ["Ga."],
        ["hi"] = ["Haw."], ["id"] = ["Idaho"], ["il"] = ["Ill."], ["in"] = ["Ind."], ["ia"] = ["Iowa"], ["ks"] = ["Kan."],
        ["ky"] = ["Ky."], ["la"] = ["La."], ["me"] = ["Me."], ["md"] = ["Md."], ["ma"] = ["Mass."], ["mi"] = ["Mich."],
        ["mn"] = ["Minn."], ["ms"] = ["Miss."], ["mo"] = ["Mo."], ["mt"] = ["Mont."], ["ne"] = ["Neb."], ["nv"] = ["Nev."],
        ["nh"] = ["N.H."], ["nj"] = ["N.J."], ["nm"] = ["N.M."], ["ny"] = ["N.Y."], ["nc"] = ["N.C."], ["nd"] = ["N.D."],
        ["oh"] = ["Ohio"], ["ok"] = ["Okla."], ["or"] = ["Or."], ["pa"] = ["Pa."], ["ri"] = ["R.I."], ["sc"] = ["S.C."],
        ["sd"] = ["S.D."], ["tn"] = ["Tenn."], ["tx"] = ["Tex."], ["ut"] = ["Utah"], ["vt"] = ["Vt."], ["va"] = ["Va."],
        ["wa"] = ["Wash."], ["wv"] = ["W.Va."], ["wi"] = ["Wis."], ["wy"] = ["Wyo."], ["pr"] = ["P.R."], ["vi"] = ["V.I."],
        ["gu"] = ["Guam"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public string Code => "PR003";

    public void Check(CheckContext context, List<Finding> findings)
    {
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind != CitationKind.Case || c.CourtText is not { } courtText || context.IsCaption(c))
                continue;
            if (context.EditionOf(c) is not { } edition || edition.Kind is ReporterKind.Neutral or ReporterKind.Journal)
                continue;
            if (context.Catalog.FindCourt(courtText) is not { } court || context.Catalog.Covers(edition, court))
                continue;
            var key = CitationCatalog.KeyOf(courtText);
            if (key == "D.C.")
                continue;
            if (court.Jurisdiction != "us" && !NamesState(key, court.Jurisdiction))
                continue;
            findings.Add(c, Code, Severity.Warning,
                $"{edition.Abbreviation} ({edition.ReporterName}) does not publish decisions of the {court.Name} ({courtText})");
        }
    }

    private static bool NamesState(string courtKey, string jurisdiction)
        => StateNames.TryGetValue(jurisdiction, out var names)
           && names.Any(n => courtKey.Contains(CitationCatalog.KeyOf(n), StringComparison.Ordinal));
}
