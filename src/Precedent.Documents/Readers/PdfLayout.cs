using System.Text;

namespace Precedent.Documents.Readers;

/// <summary>
/// A word placed on a page, in reading coordinates: <see cref="Baseline"/> grows upwards (the first line of a page
/// has the largest baseline) and <see cref="Start"/>/<see cref="End"/> grow in reading direction.
/// </summary>
internal readonly record struct PlacedWord(string Text, double Start, double End, double Baseline, double Size);

/// <summary>A rebuilt line of a page.</summary>
internal sealed record PlacedLine(string Text, double Baseline, double Size);

/// <summary>
/// Turns the words of PDF pages into text: lines rebuilt from baselines, running headers and footers dropped,
/// blank lines at paragraph gaps, words hyphenated at a line end joined. Pure functions, tested without PDFs.
/// </summary>
internal static class PdfLayout
{
    /// <summary>How many lines at the top and at the bottom of a page may be a running header or footer.</summary>
    internal const int EdgeLines = 3;

    /// <summary>Groups words into lines: top to bottom, then in reading order within a line.</summary>
    public static List<PlacedLine> BuildLines(IEnumerable<PlacedWord> words)
    {
        var sorted = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        sorted.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline));
        var lines = new List<PlacedLine>();
        var current = new List<PlacedWord>();
        double baseline = 0, size = 0;
        foreach (PlacedWord word in sorted)
        {
            if (current.Count > 0)
            {
                double tolerance = Math.Max(1.0, 0.45 * Math.Max(size, word.Size));
                if (Math.Abs(baseline - word.Baseline) > tolerance)
                {
                    lines.Add(Join(current, baseline, size));
                    current.Clear();
                }
            }

            if (current.Count == 0)
            {
                baseline = word.Baseline;
                size = word.Size;
            }
            else if (word.Size > size)
            {
                // The line's main text sets the baseline, not a raised footnote mark that sorted first.
                baseline = word.Baseline;
                size = word.Size;
            }

            current.Add(word);
        }

        if (current.Count > 0)
            lines.Add(Join(current, baseline, size));
        return lines;
    }

    private static PlacedLine Join(List<PlacedWord> words, double baseline, double size)
    {
        words.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var text = new StringBuilder();
        PlacedWord? previous = null;
        foreach (PlacedWord word in words)
        {
            if (previous is { } p)
            {
                double em = Math.Max(1.0, Math.Max(p.Size, word.Size));
                // Pieces of one word that the extractor split (kerning, font changes) touch; real words have a gap.
                if (word.Start - p.End > 0.12 * em)
                    text.Append(' ');
            }

            text.Append(word.Text.Trim());
            previous = word;
        }

        return new PlacedLine(text.ToString(), baseline, size);
    }

    /// <summary>
    /// Drops running headers and footers: a line among the first or last <see cref="EdgeLines"/> lines of a page
    /// whose shape (digits replaced by '#', case and spacing ignored) recurs at about the same height at the edge of
    /// at least half of the pages (and of two pages at least), or a bare page number ("7", "- 7 -", "Page 7", "iv").
    /// Lines are peeled from each edge inwards and the peeling stops at the first line of body text.
    /// </summary>
    public static void RemoveRunningHeadersAndFooters(List<List<PlacedLine>> pages)
    {
        // For each shape, the baselines (sorted) at which it sits at the edge of a page, one entry per page and height.
        var heights = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        if (pages.Count >= 2)
        {
            var seen = new HashSet<(string, long)>();
            foreach (List<PlacedLine> page in pages)
            {
                seen.Clear();
                foreach (int i in EdgeIndexes(page.Count))
                {
                    string shape = Shape(page[i].Text);
                    if (shape.Length == 0 || !seen.Add((shape, (long)Math.Round(page[i].Baseline))))
                        continue;
                    if (!heights.TryGetValue(shape, out List<double>? list))
                        heights[shape] = list = [];
                    list.Add(page[i].Baseline);
                }
            }

            foreach (List<double> list in heights.Values)
                list.Sort();
        }

        // Page numbers that run with the pages: a number opening or closing an edge line that is the page's index
        // plus the same offset on many pages ("Chapter 2: Remedies 17" on page 23, "18 Brief" on page 24...).
        // Each numbering is kept with the heights it was seen at, so that only lines at those heights match it.
        var numberings = new Dictionary<(bool AtEnd, long Offset), List<double>>();
        for (int p = 0; p < pages.Count && pages.Count >= 3; p++)
        {
            var seenOnPage = new HashSet<(bool, long)>();
            foreach (int i in EdgeIndexes(pages[p].Count))
            {
                foreach ((bool, long) key in NumberingKeys(pages[p][i].Text, p))
                {
                    if (!seenOnPage.Add(key))
                        continue;
                    if (!numberings.TryGetValue(key, out List<double>? list))
                        numberings[key] = list = [];
                    list.Add(pages[p][i].Baseline);
                }
            }
        }

        foreach (List<double> list in numberings.Values)
            list.Sort();

        int neededNumbering = Math.Max(3, (pages.Count + 3) / 4);

        int needed = Math.Max(2, (pages.Count + 1) / 2);
        bool IsRunning(PlacedLine line, int pageIndex)
        {
            if (IsBarePageNumber(line.Text))
                return true;
            foreach ((bool, long) key in NumberingKeys(line.Text, pageIndex))
            {
                if (numberings.TryGetValue(key, out List<double>? seenAt) && seenAt.Count >= neededNumbering
                    && CountNear(seenAt, line.Baseline, HeightTolerance) >= 2)
                {
                    return true;
                }
            }

            string shape = Shape(line.Text);
            return shape.Length > 0 && heights.TryGetValue(shape, out List<double>? list)
                && CountNear(list, line.Baseline, HeightTolerance) >= needed;
        }

        for (int pageIndex = 0; pageIndex < pages.Count; pageIndex++)
        {
            List<PlacedLine> page = pages[pageIndex];
            // Peel from each edge inwards, stopping at the first line that is not running matter: a body line that
            // happens to look like a header is safe once a line of real text stands between it and the edge.
            int top = 0;
            while (top < Math.Min(EdgeLines, page.Count) && IsRunning(page[top], pageIndex))
                top++;
            int bottom = 0;
            while (bottom < EdgeLines && page.Count - 1 - bottom >= top && IsRunning(page[page.Count - 1 - bottom], pageIndex))
                bottom++;
            if (top + bottom >= page.Count && pages.Count == 1)
                continue;
            page.RemoveRange(page.Count - bottom, bottom);
            page.RemoveRange(0, top);
        }
    }

    /// <summary>
    /// (false, n - page) when the line opens with the number n, (true, n - page) when it closes with one (trailing
    /// punctuation aside). Digits glued to letters or other numbers ("1:20-cv", "U.S.C.") do not count.
    /// </summary>
    private static List<(bool AtEnd, long Offset)> NumberingKeys(string line, int pageIndex)
    {
        var keys = new List<(bool, long)>(2);
        ReadOnlySpan<char> text = line.AsSpan().Trim();
        int start = 0;
        while (start < text.Length && char.IsAsciiDigit(text[start]))
            start++;
        if (start is > 0 and <= 5 && (start == text.Length || text[start] == ' ')
            && long.TryParse(text[..start], System.Globalization.CultureInfo.InvariantCulture, out long first))
        {
            keys.Add((false, first - pageIndex));
        }

        ReadOnlySpan<char> end = text.TrimEnd(".|)]-–— ");
        int digits = end.Length;
        while (digits > 0 && char.IsAsciiDigit(end[digits - 1]))
            digits--;
        int length = end.Length - digits;
        if (length is > 0 and <= 5 && digits > 0 && end[digits - 1] == ' '
            && long.TryParse(end[digits..], System.Globalization.CultureInfo.InvariantCulture, out long last))
        {
            keys.Add((true, last - pageIndex));
        }

        return keys;
    }

    /// <summary>How far (in points) the same running header may move from page to page.</summary>
    private const double HeightTolerance = 6.0;

    private static int CountNear(List<double> sorted, double value, double tolerance)
    {
        int lo = LowerBound(sorted, value - tolerance);
        int hi = LowerBound(sorted, value + tolerance + 1e-9);
        return hi - lo;
    }

    private static int LowerBound(List<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    private static IEnumerable<int> EdgeIndexes(int count)
    {
        int top = Math.Min(EdgeLines, count);
        for (int i = 0; i < top; i++)
            yield return i;
        for (int i = Math.Max(top, count - EdgeLines); i < count; i++)
            yield return i;
    }

    /// <summary>The line with each run of digits as one '#', lower-cased, spacing collapsed; a roman numeral is '#'.</summary>
    internal static string Shape(string line)
    {
        string trimmed = line.Trim();
        if (IsRomanNumeral(trimmed.Trim('-', '–', '—', ' ').ToLowerInvariant()))
            return "#";
        var shape = new StringBuilder(trimmed.Length);
        bool inDigits = false, inSpace = false;
        foreach (char c in trimmed)
        {
            if (char.IsDigit(c))
            {
                if (!inDigits)
                    shape.Append('#');
                inDigits = true;
                inSpace = false;
                continue;
            }

            inDigits = false;
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                    shape.Append(' ');
                inSpace = true;
                continue;
            }

            inSpace = false;
            shape.Append(char.ToLowerInvariant(c));
        }

        return shape.ToString();
    }

    internal static bool IsBarePageNumber(string line)
    {
        string shape = Shape(line).Replace(" ", string.Empty, StringComparison.Ordinal).Trim('-', '–', '—');
        return shape is "#" or "page#" or "p.#" or "[#]" or "(#)" or "page#of#" or "#of#";
    }

    private static bool IsRomanNumeral(string text)
    {
        if (text.Length is 0 or > 8)
            return false;
        foreach (char c in text)
        {
            if (c is not ('i' or 'v' or 'x' or 'l' or 'c'))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The text of one page: lines joined with "\n", a blank line where the gap above a line is clearly wider than
    /// the page's usual line spacing, and words hyphenated at a line end joined.
    /// </summary>
    public static string PageText(IReadOnlyList<PlacedLine> lines)
    {
        var texts = new List<string>(lines.Count + 8);
        double usual = UsualLineGap(lines);
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0 && usual > 0 && lines[i - 1].Baseline - lines[i].Baseline > 1.6 * usual)
                texts.Add(string.Empty);
            texts.Add(lines[i].Text);
        }

        JoinHyphenatedWords(texts);
        return string.Join('\n', texts);
    }

    private static double UsualLineGap(IReadOnlyList<PlacedLine> lines)
    {
        if (lines.Count < 3)
            return 0;
        var gaps = new List<double>(lines.Count - 1);
        for (int i = 1; i < lines.Count; i++)
        {
            double gap = lines[i - 1].Baseline - lines[i].Baseline;
            if (gap > 0)
                gaps.Add(gap);
        }

        if (gaps.Count < 2)
            return 0;
        gaps.Sort();
        return gaps[gaps.Count / 2];
    }

    /// <summary>
    /// "consti-" + "tutional law" → "constitutional" + "law": only when the line ends in a hyphen right after a
    /// letter and the next line begins with a lower-case letter. The rest of the next line stays on its own line.
    /// </summary>
    public static void JoinHyphenatedWords(List<string> lines)
    {
        int i = 0;
        while (i < lines.Count - 1)
        {
            string line = lines[i].TrimEnd();
            string next = lines[i + 1].TrimStart();
            if (line.Length >= 2 && line[^1] is '-' or '\u2010' or '\u00AD' && char.IsLetter(line[^2])
                && next.Length > 0 && char.IsLower(next[0]))
            {
                int space = next.IndexOfAny([' ', '\t']);
                string piece = space < 0 ? next : next[..space];
                string rest = space < 0 ? string.Empty : next[(space + 1)..].TrimStart();
                lines[i] = string.Concat(line.AsSpan(0, line.Length - 1), piece);
                if (rest.Length == 0)
                {
                    lines.RemoveAt(i + 1);
                    continue;
                }

                lines[i + 1] = rest;
            }

            i++;
        }
    }
}
