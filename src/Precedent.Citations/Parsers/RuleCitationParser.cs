using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Court rules: a rule set named in laws.json and a rule ("Fed. R. Civ. P. 56(c)", "Fed.R.Civ.P. 12(b)(6)",
/// "FRCP 12(b)(6)", "Federal Rule of Evidence 404(b)", "Cal. Rules of Court, rule 8.204", "Sup. Ct. R. 10"),
/// circuit rules ("10th Cir. R. 28.2": anchored at "Cir.", with the ordinal read just before it), and a bare
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
        => BareAnchors.Concat(LawCatalog.Default.RuleAnchors).Distinct(StringComparer.Ordinal);

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        if (LawText.OverlapsLast(output, anchorStart) || !LawText.AtWordStart(text, anchorStart))
            return -1;
        var r = ParseNamed(context, anchorStart, output);
        if (r < 0 && Array.IndexOf(BareAnchors, anchor) >= 0)
            r = ParseBare(context, anchorStart, output);
        return r;
    }

    private static int ParseNamed(ParseContext context, int start, List<CitationDraft> output)
    {
        var text = context.Text;
        var codeEnd = LawText.MatchSource(text, start, context.Catalog.Laws.RuleSets, out var source);
        if (source is null)
            return -1;
        if (!source.OrdinalPrefix)
            return ParseTail(context, source, source.Code, start, codeEnd, output);
        // "10th Cir. R. 28.2": the circuit's ordinal comes just before the anchor.
        var ordStart = OrdinalBefore(text, start, out var ordEnd);
        if (ordStart < 0 || LawText.OverlapsLast(output, ordStart))
            return -1;
        var code = string.Concat(text.AsSpan(ordStart, ordEnd - ordStart), " ", source.Code);
        return ParseTail(context, source, code, ordStart, codeEnd, output);
    }

    /// <summary>"10th ", "1st ", "2d ", "11th " right before <paramref name="start"/>; returns its start or -1.</summary>
    private static int OrdinalBefore(string text, int start, out int ordEnd)
    {
        ordEnd = start;
        while (ordEnd > 0 && start - ordEnd < 3 && LawText.IsSpace(text[ordEnd - 1]))
            ordEnd--;
        if (ordEnd == start)
            return -1;
        var l = ordEnd;
        while (l > 0 && ordEnd - l < 2 && char.IsAsciiLetterLower(text[l - 1]))
            l--;
        if (l == ordEnd || Array.IndexOf(Ordinals, text[l..ordEnd]) < 0)
            return -1;
        var d = l;
        while (d > 0 && l - d < 2 && char.IsAsciiDigit(text[d - 1]))
            d--;
        if (d == l || !LawText.AtWordStart(text, d))
            return -1;
        return d;
    }

    private static int ParseTail(ParseContext context, LawSource source, string code, int start, int afterCode, List<CitationDraft> output)
    {
        var text = context.Text;
        var n = text.Length;
        var d = LawText.ReadDesignatorAfterCode(text, afterCode, source.Designators, out var j, out var plural);
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
        return plural ? end : ReadFurtherRules(text, code, end, output);
    }

    private const int MaxFurtherRules = 8;

    /// <summary>
    /// "Fed. R. Evid. 704, 705", "Fed. R. Civ. P. 12(b)(6), 56": further rules of the same set after a comma, each
    /// its own citation. Only a short number followed by punctuation or a lowercase word counts: never a volume
    /// ("56, 477 U.S. 317"), a year ("56, 1993 amendments") or a page.
    /// </summary>
    private static int ReadFurtherRules(string text, string code, int end, List<CitationDraft> output)
    {
        var n = text.Length;
        for (var item = 0; item < MaxFurtherRules; item++)
        {
            if (end >= n || text[end] != ',')
                break;
            var k = LawText.SkipSpaces(text, end + 1, 2);
            if (k == end + 1 || k >= n || !char.IsAsciiDigit(text[k]))
                break;
            var digits = TextScan.SkipDigits(text, k);
            if (digits - k > 4 || (digits - k == 4 && text[k] is '1' or '2'))
                break;
            var e = LawText.ReadSection(text, k);
            if (e < 0 || !EndsRuleList(text, e))
                break;
            var draft = LawText.NewDraft(CitationKind.Rule, k, e);
            draft.Code = code;
            draft.Section = text[k..e];
            output.Add(draft);
            end = e;
        }
        return end;
    }

    /// <summary>Punctuation, the end of the text, or a space before a lowercase word or a bracket.</summary>
    private static bool EndsRuleList(string text, int e)
    {
        if (e >= text.Length || text[e] is ';' or ',' or ')' or ']')
            return true;
        if (text[e] == '.')
            return e + 1 >= text.Length || !char.IsAsciiDigit(text[e + 1]);
        var j = LawText.SkipSpaces(text, e, 2);
        return j > e && j < text.Length && (char.IsLower(text[j]) || text[j] == '(');
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
