using Precedent.Citations.Parsers;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR016: a United States Code or Code of Federal Regulations citation without the section sign ("42 U.S.C. 1983"),
/// with the corrected text ("42 U.S.C. § 1983").
/// </summary>
internal sealed class SectionSignRule : ICheckRule
{
    public string Code => "PR016";

    public void Check(CheckContext context, List<Finding> findings)
    {
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind is not (CitationKind.Statute or CitationKind.Regulation) || c.Code is not ("U.S.C." or "C.F.R."))
                continue;
            if (c.Title is null || c.Section is null || c.Text.Contains('\u00A7'))
                continue;
            var text = CaseCitationParser.CollapseSpaces(c.Text);
            var at = text.IndexOf(c.Section, text.IndexOf(' ', StringComparison.Ordinal) + 1, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var head = text[..at].TrimEnd();
            if (head.EndsWith("sec.", StringComparison.OrdinalIgnoreCase) || head.EndsWith("secs.", StringComparison.OrdinalIgnoreCase)
                || head.EndsWith("section", StringComparison.OrdinalIgnoreCase) || head.EndsWith("sections", StringComparison.OrdinalIgnoreCase))
                continue;
            var rest = text[at..];
            var sign = rest.Contains(", ", StringComparison.Ordinal) || rest.Contains(" and ", StringComparison.Ordinal) ? "\u00A7\u00A7" : "\u00A7";
            findings.Add(c, Code, Severity.Info, $"{c.Code} citation without \u00A7", $"{head} {sign} {rest}");
        }
    }
}
