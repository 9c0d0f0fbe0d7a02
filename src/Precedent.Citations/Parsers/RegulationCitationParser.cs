using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Regulations, with the statute code grammar (<see cref="LawCodeReader"/>) over the regulation codes of
/// laws.json: "29 C.F.R. § 1630.2(j)", "17 CFR 240.10b-5", "40 C.F.R. pt. 60", "65 Fed. Reg. 12,345"
/// (a page, with an optional pin page; a date parenthetical extends <c>FullEnd</c>), "12 NYCRR 23-1.7",
/// "Cal. Code Regs. tit. 22, § 1234" (Title "22").
/// </summary>
internal sealed class RegulationCitationParser : ICitationParser
{
    public IEnumerable<string> Anchors
        => new[] { Anchor.DigitRun }.Concat(LawCatalog.Default.RegulationAnchors).Distinct(StringComparer.Ordinal);

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
        => anchor == Anchor.DigitRun
            ? LawCodeReader.ParseTitled(context, anchorStart, CitationKind.Regulation, output, out _)
            : LawCodeReader.ParseNamed(context, anchorStart, CitationKind.Regulation, output);
}
