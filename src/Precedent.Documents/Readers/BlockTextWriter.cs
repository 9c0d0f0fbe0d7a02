using System.Text;

namespace Precedent.Documents.Readers;

/// <summary>
/// Builds plain text from a stream of inline text and block boundaries, the way a browser lays out text: runs of
/// whitespace collapse to one space, block boundaries become line breaks (never more than one blank line), and no
/// whitespace is written at the start, at the end, or around a line break.
/// </summary>
internal sealed class BlockTextWriter
{
    private const int MaxNewlines = 2;

    private readonly StringBuilder _text = new();
    private bool _pendingSpace;
    private char _pendingSeparator;
    private int _pendingNewlines;

    /// <summary>Characters written so far.</summary>
    public int Length => _text.Length;

    /// <summary>A position to pass to <see cref="FirstContentAfter"/> later.</summary>
    public int ContentMark => _text.Length;

    /// <summary>Inline text whose whitespace collapses.</summary>
    public void WriteCollapsed(string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
            }
            else
            {
                Flush();
                _text.Append(c);
            }
        }
    }

    /// <summary>Preformatted text, kept as is apart from line endings (which become "\n").</summary>
    public void WriteVerbatim(string text)
    {
        if (text.Length == 0)
            return;
        Flush();
        _text.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
    }

    /// <summary>A hard line break (&lt;br&gt;): each one ends a line, up to one blank line.</summary>
    public void LineBreak()
    {
        _pendingSpace = false;
        _pendingSeparator = '\0';
        if (_text.Length == 0)
            return;
        _pendingNewlines = Math.Min(Math.Max(_pendingNewlines, TrailingNewlines()) + 1, MaxNewlines);
    }

    /// <summary>The edge of a block: what follows starts at least <paramref name="newlines"/> line breaks later.</summary>
    public void BlockBreak(int newlines)
    {
        _pendingSpace = false;
        _pendingSeparator = '\0';
        _pendingNewlines = Math.Max(_pendingNewlines, Math.Min(newlines, MaxNewlines));
    }

    /// <summary>Between two table cells on one line.</summary>
    public void CellSeparator()
    {
        if (_pendingNewlines == 0)
            _pendingSeparator = '\t';
    }

    /// <summary>Whitespace that separates two inline runs.</summary>
    public void Space() => _pendingSpace = true;

    /// <summary>The offset of the first non-whitespace character at or after <paramref name="mark"/>, or -1.</summary>
    public int FirstContentAfter(int mark)
    {
        for (int i = mark; i < _text.Length; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
                return i;
        }

        return -1;
    }

    /// <summary>The text written in <c>[start, end)</c>.</summary>
    public string Slice(int start, int end) => _text.ToString(start, end - start);

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private void Flush()
    {
        if (_text.Length == 0)
        {
            Reset();
            return;
        }

        char last = _text[^1];
        if (_pendingNewlines > 0)
        {
            TrimTrailingBlanks();
            int missing = _pendingNewlines - TrailingNewlines();
            if (missing > 0)
                _text.Append('\n', missing);
        }
        else if (_pendingSeparator != '\0' && last != '\n')
        {
            _text.Append(_pendingSeparator);
        }
        else if (_pendingSpace && last != '\n' && last != '\t' && last != ' ')
        {
            _text.Append(' ');
        }

        Reset();
    }

    private void Reset()
    {
        _pendingSpace = false;
        _pendingSeparator = '\0';
        _pendingNewlines = 0;
    }

    private int TrailingNewlines()
    {
        int count = 0;
        for (int i = _text.Length - 1; i >= 0 && _text[i] == '\n'; i--)
            count++;
        return count;
    }

    /// <summary>Drops spaces and tabs left at the end of a line (only verbatim text can leave them).</summary>
    private void TrimTrailingBlanks()
    {
        int end = _text.Length;
        while (end > 0 && _text[end - 1] is ' ' or '\t')
            end--;
        _text.Length = end;
    }
}
