using System.Buffers;
using System.Globalization;

namespace Precedent.Citations.Checking;

/// <summary>One page or page range of a pin cite: "638", "1205-06", "593 n.14", "*7", "¶ 12".</summary>
/// <param name="Pin">The whole pin the item was read from.</param>
/// <param name="Offset">Where the item starts in <paramref name="Pin"/>.</param>
/// <param name="Length">The item's length in <paramref name="Pin"/>.</param>
/// <param name="First">First page (or star page, or paragraph).</param>
/// <param name="Last">Last page of a range with the shortened form expanded ("1205-06" → 1206); null when no range.</param>
/// <param name="RangeTail">The digits after the dash as written ("06"), null when no range.</param>
/// <param name="Star">A star page of a database citation ("*7").</param>
/// <param name="Paragraph">A paragraph of a public-domain citation ("¶ 12").</param>
internal readonly record struct PinPage(string Pin, int Offset, int Length, int First, int? Last, string? RangeTail, bool Star, bool Paragraph)
{
    /// <summary>The item as written (made only when a finding names it).</summary>
    public string Text => Pin.Substring(Offset, Length);

    /// <summary>A plain page or page range of a printed reporter.</summary>
    public bool IsPage => !Star && !Paragraph;
}

/// <summary>Reads the pages of a pin cite, for the pin rules.</summary>
internal static class PinPages
{
    /// <summary>
    /// The page items of a pin: "638, 640-41" gives 638 and 640–641; note-only items ("n.14") and anything that is
    /// not a number are left out.
    /// </summary>
    public static List<PinPage> Read(string? pin)
    {
        var items = new List<PinPage>(2);
        if (string.IsNullOrWhiteSpace(pin))
            return items;
        // "¶¶ 32, 58-81" and "*3, 5": the sign of the first item covers the items after it
        var star = false;
        var paragraph = false;
        var at = 0;
        while (at <= pin.Length)
        {
            var cut = pin.AsSpan(at).IndexOfAny(ItemSeparators);
            var itemEnd = cut < 0 ? pin.Length : at + cut;
            // the item, trimmed
            int a = at, b = itemEnd;
            while (a < b && char.IsWhiteSpace(pin[a]))
                a++;
            while (b > a && char.IsWhiteSpace(pin[b - 1]))
                b--;
            at = itemEnd + 1;
            if (a == b)
                continue;
            var s = pin.AsSpan(a, b - a);
            if (s[0] == '*')
            {
                star = true;
                s = s.TrimStart('*');
            }
            else if (s[0] == '\u00B6')
            {
                paragraph = true;
                s = s.TrimStart('\u00B6').TrimStart();
            }
            var d = 0;
            while (d < s.Length && char.IsAsciiDigit(s[d]))
                d++;
            if (d == 0 || d > 7)
                continue;
            var first = int.Parse(s[..d], CultureInfo.InvariantCulture);
            int? last = null;
            string? tail = null;
            if (d + 1 < s.Length && IsDash(s[d]) && char.IsAsciiDigit(s[d + 1]))
            {
                var e = d + 1;
                while (e < s.Length && char.IsAsciiDigit(s[e]))
                    e++;
                if (e - (d + 1) <= 7)
                {
                    tail = s[(d + 1)..e].ToString();
                    last = Expand(s[..d], tail);
                }
            }
            items.Add(new PinPage(pin, a, b - a, first, last, tail, star, paragraph));
        }
        return items;
    }

    private static readonly SearchValues<char> ItemSeparators = SearchValues.Create(",&;");

    /// <summary>
    /// The last page of a range written in the short form: "1205" and "06" give 1206, "1205" and "1210" give 1210.
    /// </summary>
    public static int Expand(ReadOnlySpan<char> first, string tail)
    {
        if (tail.Length >= first.Length)
            return int.Parse(tail, CultureInfo.InvariantCulture);
        Span<char> digits = stackalloc char[first.Length];
        first.CopyTo(digits);
        tail.AsSpan().CopyTo(digits[^tail.Length..]);
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    /// <summary>The first page of a citation as a number; null for a blank ("___") or lettered page.</summary>
    public static int? PageNumber(string? page)
    {
        if (string.IsNullOrEmpty(page) || page.Length > 7)
            return null;
        foreach (var ch in page)
        {
            if (!char.IsAsciiDigit(ch))
                return null;
        }
        return int.Parse(page);
    }

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
}
