using Precedent.Citations.Catalog;
using Precedent.Citations.Parsers;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR014: a reporter written in another spacing or abbreviation than the catalog's standard form ("F. 3d" for
/// "F.3d", "S.Ct." for "S. Ct."), with the citation in the standard form as the suggestion.
/// </summary>
internal sealed class ReporterFormRule : ICheckRule
{
    public string Code => "PR014";

    public void Check(CheckContext context, List<Finding> findings)
    {
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind is not (CitationKind.Case or CitationKind.ShortCase) || c.Reporter is null || c.ReporterNormalized is null)
                continue;
            if (context.EditionOf(c) is not { } edition || edition.Kind is ReporterKind.Neutral or ReporterKind.Journal)
                continue;
            var written = CaseCitationParser.CollapseSpaces(c.Reporter);
            if (written == edition.Abbreviation)
                continue;
            var primary = c.ParallelOf is { } p ? context.Document.Citations[p] : c;
            if (CitationFacts.StateStyle(context.Document.Text, primary) || context.IsCaption(c))
                continue;
            var corrected = c.Kind == CitationKind.ShortCase
                ? $"{c.Volume} {edition.Abbreviation} at {c.PinCite}"
                : $"{c.Volume} {edition.Abbreviation} {c.Page}";
            findings.Add(c, Code, Severity.Info, $"reporter written \"{written}\"; the standard form is \"{edition.Abbreviation}\"", corrected);
        }
    }
}
