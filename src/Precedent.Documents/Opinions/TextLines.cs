namespace Precedent.Documents.Opinions;

/// <summary>Line helpers shared by the opinion readers; every method is bounded and never throws on any text.</summary>
internal static class TextLines
{
    /// <summary>The end of the line starting at <paramref name="start"/> (offset of its "\n", or the text's length).</summary>
    public static int LineEnd(string text, int start)
    {
        int i = text.IndexOf('\n', start);
        return i < 0 ? text.Length : i;
    }

    /// <summary>The end of the line's content, without a trailing "\r" and trailing blanks.</summary>
    public static int ContentEnd(string text, int start, int end)
    {
        while (end > start && IsBlank(text[end - 1]))
            end--;
        return end;
    }

    /// <summary>The first character of the line that is not a blank (spaces, tabs, form feeds, "\r").</summary>
    public static int ContentStart(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start]))
            start++;
        return start;
    }

    /// <summary>Spaces, tabs, form feeds, carriage returns and the other Unicode spaces except "\n".</summary>
    public static bool IsBlank(char c) => c != '\n' && char.IsWhiteSpace(c);

    /// <summary>
    /// Skips a star-paging mark at the start of a line ("*1116 ", "[*23] "), which reporters put before the first word
    /// of a page.
    /// </summary>
    public static int SkipStarPaging(string text, int start, int end)
    {
        int i = start;
        if (i < end && text[i] == '[')
            i++;
        if (i >= end || text[i] != '*')
            return start;
        i++;
        int digits = 0;
        while (i < end && char.IsAsciiDigit(text[i]) && digits < 8)
        {
            i++;
            digits++;
        }

        if (digits == 0)
            return start;
        if (i < end && text[i] == ']')
            i++;
        return ContentStart(text, i, end);
    }

    /// <summary>The offset of the start of the line before the line starting at <paramref name="lineStart"/>, or -1.</summary>
    public static int PreviousLineStart(string text, int lineStart)
    {
        if (lineStart <= 0 || lineStart > text.Length)
            return -1;
        int newline = lineStart - 1;
        return newline == 0 ? 0 : text.LastIndexOf('\n', newline - 1) + 1;
    }

    /// <summary>True when the line holds nothing but blanks.</summary>
    public static bool IsBlankLine(string text, int start, int end) => ContentStart(text, start, end) >= end;
}
