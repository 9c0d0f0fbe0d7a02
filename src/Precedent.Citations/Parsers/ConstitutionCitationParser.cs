using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Constitutions named in laws.json followed by one or more provisions: "U.S. Const. amend. IV",
/// "U.S. Const. amend. XIV, § 1", "U.S. Const. art. III, § 2, cl. 1", "U.S. CONST. amend. IV",
/// "Cal. Const., art. I, § 7", "Ill. Const. 1970, art. I, § 2", "N.H. Const. pt. I, art. 15".
/// <c>Code</c> is the canonical constitution ("U.S. Const."), <c>Section</c> the provisions as written with white
/// space collapsed ("art. III, § 2, cl. 1"). A constitution named without a provision is not a citation.
/// </summary>
internal sealed class ConstitutionCitationParser : ICitationParser
{
    private const int MaxProvisions = 8;
    private const int MaxListItems = 8;

    // Provisions that can open the pin-point, longest first (matched case-insensitively).
    private static readonly string[] Leading =
        ["amendments", "amendment", "preamble", "articles", "article", "amends.", "amend.", "amdts.", "amdt.", "pmbl.", "arts.", "art.", "pts.", "pt."];

    // Provisions that can follow.
    private static readonly string[] All =
    [
        "amendments", "amendment", "preamble", "articles", "article", "sections", "section", "clauses", "clause",
        "amends.", "amend.", "amdts.", "amdt.", "pmbl.", "paras.", "para.", "arts.", "art.", "secs.", "sec.", "cls.",
        "cl.", "pts.", "pt.", "\u00A7\u00A7", "\u00A7",
    ];

    public IEnumerable<string> Anchors => LawCatalog.Default.ConstitutionAnchors;

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        var n = text.Length;
        if (!LawText.AtWordStart(text, anchorStart) || LawText.OverlapsLast(output, anchorStart))
            return -1;
        var codeEnd = LawText.MatchSource(text, anchorStart, context.Catalog.Laws.Constitutions, out var source);
        if (source is null)
            return -1;
        var i = codeEnd;
        // "Ill. Const. 1970, art. I": the year of the constitution
        var y = LawText.SkipSpaces(text, i, 2);
        if (y > i && y + 4 <= n && IsDigits(text, y, 4) && (y + 4 == n || !char.IsAsciiDigit(text[y + 4])))
            i = y + 4;
        var provStart = -1;
        var end = -1;
        for (var p = 0; p < MaxProvisions; p++)
        {
            var j = i;
            if (j < n && text[j] == ',')
                j++;
            j = LawText.SkipSpaces(text, j, 3);
            if (j == i && p > 0)
                break;
            var d = LawText.ReadWord(text, j, p == 0 ? Leading : All, out var matched);
            if (d < 0 || matched is null)
                break;
            int valueEnd;
            if (matched.StartsWith('p') && matched != "pt." && matched != "pts.")
            {
                valueEnd = d; // "pmbl.", "preamble"
            }
            else
            {
                var v = LawText.SkipSpaces(text, d, 2);
                var plural = matched.EndsWith('s') || matched.EndsWith("s.", StringComparison.Ordinal) || matched == "\u00A7\u00A7";
                if (IsNumbered(matched))
                {
                    valueEnd = ReadRomanOrNumber(text, v);
                    if (valueEnd > 0 && plural)
                        valueEnd = ReadValueList(text, valueEnd);
                }
                else
                {
                    valueEnd = LawText.ReadSection(text, v);
                    if (valueEnd > 0 && plural)
                        valueEnd = LawText.ReadSectionList(text, valueEnd);
                }
                if (valueEnd < 0)
                    break;
            }
            if (provStart < 0)
                provStart = j;
            end = valueEnd;
            i = valueEnd;
        }
        if (provStart < 0)
            return -1;
        var draft = LawText.NewDraft(CitationKind.Constitution, anchorStart, end);
        draft.Code = source.Code;
        draft.Section = LawText.Collapse(text.AsSpan(provStart, end - provStart));
        output.Add(draft);
        return end;
    }

    private static bool IsNumbered(string designator)
        => designator.StartsWith("am", StringComparison.OrdinalIgnoreCase)
           || designator.StartsWith("ar", StringComparison.OrdinalIgnoreCase)
           || designator.StartsWith("pt", StringComparison.OrdinalIgnoreCase);

    private static bool IsDigits(string text, int i, int count)
    {
        for (var k = i; k < i + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
                return false;
        }
        return true;
    }

    /// <summary>"IV", "XIV", "iii", "14", "1": a roman or arabic numeral ending a word.</summary>
    internal static int ReadRomanOrNumber(string text, int i)
    {
        var n = text.Length;
        if (i >= n)
            return -1;
        var e = i;
        if (char.IsAsciiDigit(text[i]))
        {
            while (e < n && e - i < 4 && char.IsAsciiDigit(text[e]))
                e++;
        }
        else
        {
            while (e < n && e - i < 9 && "IVXLCDMivxlcdm".Contains(text[e]))
                e++;
        }
        if (e == i || e < n && char.IsAsciiLetterOrDigit(text[e]))
            return -1;
        return e;
    }

    /// <summary>"amends. V, XIV" / "arts. I and II".</summary>
    private static int ReadValueList(string text, int e)
        => LawText.ReadListItems(text, e, Connectives, MaxListItems, static (t, k) => ReadRomanOrNumber(t, k));

    private static readonly string[] Connectives = ["and", "&"];
}
