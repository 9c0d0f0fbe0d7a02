namespace Precedent.Documents.Opinions;

/// <summary>
/// Finds block quotations in plain text. Two layouts: text wrapped at a fixed width (slip opinions, .pdf), where a
/// block quotation is a run of two or more lines indented deeper than the body's lines; and one paragraph per line
/// with an indented first line (a tab), where a block quotation is a paragraph that is not indented and is followed
/// by its citation ("Id. at 593 n.14 (citations omitted).") or introduced by a colon.
/// </summary>
/// <remarks>Two passes over the lines; linear in the text.</remarks>
public static class BlockQuoteReader
{
    private const int MinQuoteLine = 30;

    /// <summary>The block quotations of <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<TextSpan> Read(string text)
    {
        text ??= "";
        var lines = new List<(int Start, int End, int Indent)>();
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = TextLines.LineEnd(text, lineStart);
            int cs = TextLines.ContentStart(text, lineStart, lineEnd);
            int ce = TextLines.ContentEnd(text, cs, lineEnd);
            if (ce > cs)
                lines.Add((cs, ce, Indent(text, lineStart, cs)));
            lineStart = lineEnd + 1;
        }

        if (lines.Count == 0)
            return [];

        // The body's indent: the most common indent of long lines. Paragraph-per-line text has long lines.
        var counts = new Dictionary<int, int>();
        int longLines = 0, veryLong = 0;
        foreach (var (start, end, indent) in lines)
        {
            if (end - start < 40)
                continue;
            longLines++;
            if (end - start > 200)
                veryLong++;
            counts[indent] = counts.GetValueOrDefault(indent) + 1;
        }

        if (longLines == 0)
            return [];
        int body = 0, best = -1;
        foreach (var (indent, count) in counts)
        {
            if (count > best || (count == best && indent < body))
            {
                body = indent;
                best = count;
            }
        }

        // wrapped text (slip opinions, .pdf) has no line of 200 characters; a quarter of them means one paragraph per line
        return veryLong * 4 >= longLines
            ? ParagraphLayout(text, lines, body)
            : WrappedLayout(lines, body);
    }

    private static int Indent(string text, int from, int to)
    {
        int width = 0;
        for (int i = from; i < to; i++)
            width += text[i] == '\t' ? 4 : text[i] == '\f' ? 0 : 1;
        return width;
    }

    private static List<TextSpan> WrappedLayout(List<(int Start, int End, int Indent)> lines, int body)
    {
        var spans = new List<TextSpan>();
        int runStart = -1, runEnd = -1, runLines = 0;
        foreach (var (start, end, indent) in lines)
        {
            bool quoted = indent >= body + 3 && end - start >= MinQuoteLine && indent <= body + 24;
            if (quoted)
            {
                if (runLines == 0)
                    runStart = start;
                runEnd = end;
                runLines++;
                continue;
            }

            if (runLines >= 2)
                spans.Add(new TextSpan(runStart, runEnd));
            runLines = 0;
        }

        if (runLines >= 2)
            spans.Add(new TextSpan(runStart, runEnd));
        return spans;
    }

    private static List<TextSpan> ParagraphLayout(string text, List<(int Start, int End, int Indent)> lines, int body)
    {
        var spans = new List<TextSpan>();
        if (body == 0)
        {
            // Paragraphs are not indented: a quotation is a paragraph indented deeper.
            foreach (var (start, end, indent) in lines)
            {
                if (indent >= 3 && end - start >= MinQuoteLine)
                    spans.Add(new TextSpan(start, end));
            }

            return spans;
        }

        for (int i = 1; i + 1 < lines.Count; i++)
        {
            var (start, end, indent) = lines[i];
            if (indent >= body || end - start < 80)
                continue;
            var next = lines[i + 1];
            var previous = lines[i - 1];
            bool cited = next.Indent < body && StartsWithCitation(text.AsSpan(next.Start, Math.Min(next.End - next.Start, 120)));
            bool introduced = text[previous.End - 1] == ':';
            if (cited || introduced)
                spans.Add(new TextSpan(start, end));
        }

        return spans;
    }

    /// <summary>"Id. at 593", "Dixon v. Richer, 922 F.2d 1456", "See Graham v. Connor, 490 U.S. 386".</summary>
    private static bool StartsWithCitation(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("Id.") || s.StartsWith("Id,") || s.StartsWith("See ") || s.StartsWith("Cf. "))
            return true;
        int v = s.IndexOf(" v. ");
        if (v is < 1 or > 80)
            return false;
        ReadOnlySpan<char> after = s[(v + 4)..];
        int comma = after.IndexOf(", ");
        return comma > 0 && comma + 2 < after.Length && char.IsAsciiDigit(after[comma + 2]);
    }
}
