using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Court rules: a rule set named in laws.json and a rule ("Fed. R. Civ. P. 56(c)", "Fed.R.Civ.P. 12(b)(6)",
/// "FRCP 12(b)(6)", "Federal Rule of Evidence 404(b)", "Cal. Rules of Court, rule 8.204", "Sup. Ct. R. 10"),
/// circuit rules ("10th Cir. R. 28.2": the ordinal comes first, so the digit run anchors it), and a bare
/// "Rule 12(b)(6)" / "Rules 12 and 56" (Code null unless "of the Federal Rules of Civil Procedure" follows).
/// <c>Code</c> is the canonical rule set ("Fed. R. Civ. P.", "10th Cir. R."), <c>Section</c> the first rule as
/// written ("56(c)").
/// </summary>
internal sealed class RuleCitationParser : ICitationParser
{
    private static readonly string[] BareAnchors = ["Rule", "Rules", "RULE", "RULES"];
    private static readonly string[] BareDesignators = ["Rules", "Rule"];
    private static readonly string[] Ordinals = ["st", "nd", "rd", "th", "d"];

    public IEnumerable<string> Anchors
        => new[] { Anchor.DigitRun }.Concat(BareAnchors).Concat(LawCatalog.Default.RuleAnchors).Distinct(StringComparer.Ordinal);

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        if (LawText.OverlapsLast(output, anchorStart))
            return -1;
        if (anchor == Anchor.DigitRun)
            return ParseCircuit(context, anchorStart, output);
        if (!LawText.AtWordStart(text, anchorStart))
            return -1;
        var r = ParseNamed(context, anchorStart, output);
        if (r < 0 && Array.IndexOf(BareAnchors, anchor) >= 0)
            r = ParseBare(context, anchorStart, output);
        return r;
    }

    private static int ParseNamed(ParseContext context, int start, List<CitationDraft> output)
    {
        var codeEnd = LawText.MatchSource(context.Text, start, context.Catalog.Laws.RuleSets, out var source);
        if (source is null || source.OrdinalPrefix)
            return -1;
        return ParseTail(context, source, source.Code, start, codeEnd, output);
    }

    /// <summary>"10th Cir. R. 28.2", "1st Cir. R. 28.0", "D.C. Cir. R." is a named rule set.</summary>
    private static int ParseCircuit(ParseContext context, int start, List<CitationDraft> output)
    {
        var text = context.Text;
        var n = text.Length;
        var e = start;
        while (e < n && e - start < 2 && char.IsAsciiDigit(text[e]))
            e++;
        if (e == start || e >= n || !char.IsAsciiLetterLower(text[e]))
            return -1;
        var ordEnd = -1;
        foreach (var o in Ordinals)
        {
            if (text.AsSpan(e).StartsWith(o, StringComparison.Ordinal) && e + o.Length < n && LawText.IsSpace(text[e + o.Length]))
            {
                ordEnd = e + o.Length;
                break;
            }
        }
        if (ordEnd < 0)
            return -1;
        var i = LawText.SkipSpaces(text, ordEnd, 3);
        var codeEnd = LawText.MatchSource(text, i, context.Catalog.Laws.RuleSets, out var source);
        if (source is null || !source.OrdinalPrefix)
            return -1;
        var code = string.Concat(text.AsSpan(start, ordEnd - start), " ", source.Code);
        return ParseTail(context, source, code, start, codeEnd, output);
    }

    private static int ParseTail(ParseContext context, LawSource source, string code, int start, int afterCode, List<CitationDraft> output)
    {
        var text = context.Text;
        var n = text.Length;
        var j = afterCode;
        if (j < n && text[j] == ',')
            j++;
        j = LawText.SkipSpaces(text, j, 4);
        var d = LawText.ReadDesignator(text, j, source.Designators, out var plural);
        int k;
        if (d > 0)
        {
            k = LawText.SkipSpaces(text, d, 3);
        }
        else
        {
            // "Fed.R.Civ.P.12(b)" is written; "FRCP12" is not a rule.
            if (j == afterCode && text[afterCode - 1] != '.')
                return -1;
            k = j;
        }
        var e = LawText.ReadSection(text, k);
        if (e < 0)
            return -1;
        var end = plural ? LawText.ReadSectionList(text, e) : e;
        var draft = LawText.NewDraft(CitationKind.Rule, start, end);
        draft.Code = code;
        draft.Section = text[k..e];
        output.Add(draft);
        return end;
    }

    /// <summary>"Rule 12(b)(6)", "Rules 12 and 56", "Rule 56 of the Federal Rules of Civil Procedure".</summary>
    private static int ParseBare(ParseContext context, int start, List<CitationDraft> output)
    {
        var text = context.Text;
        var d = LawText.ReadDesignator(text, start, BareDesignators, out var plural);
        if (d < 0)
            return -1;
        var k = LawText.SkipSpaces(text, d, 3);
        var e = LawText.ReadSection(text, k);
        if (e < 0)
            return -1;
        var end = plural ? LawText.ReadSectionList(text, e) : e;
        string? code = null;
        var j = LawText.SkipSpaces(text, end, 2);
        if (j > end && text.AsSpan(j).StartsWith("of the ", StringComparison.Ordinal))
        {
            var m = LawText.SkipSpaces(text, j + 7, 2);
            var codeEnd = LawText.MatchSource(text, m, context.Catalog.Laws.RuleSets, out var source);
            if (source is not null && !source.OrdinalPrefix)
            {
                code = source.Code;
                end = codeEnd;
            }
        }
        var draft = LawText.NewDraft(CitationKind.Rule, start, end);
        draft.Code = code;
        draft.Section = text[k..e];
        output.Add(draft);
        return end;
    }
}
