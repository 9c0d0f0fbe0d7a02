using System.Text;
using System.Text.Unicode;

namespace Precedent.Documents.Sources;

/// <summary>
/// Splits a stream into lines of bytes without holding more than the current line (and one read buffer) in memory.
/// A line longer than <see cref="MaxLineBytes"/> is skipped and reported as such.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLineBytes = ByteLineReader.MaxLineBytes)
{
    /// <summary>The longest line kept; longer lines are skipped to their end.</summary>
    public const int MaxLineBytes = 1 << 30;

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// The next line, without its "\n" or "\r\n"; valid until the next call. <paramref name="tooLong"/> says the line
    /// was skipped because it exceeded <see cref="MaxLineBytes"/>. False at the end of the stream.
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        int scanned = _start;
        while (true)
        {
            int newline = _buffer.AsSpan(scanned, _end - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int stop = scanned + newline;
                tooLong |= stop - _start > maxLineBytes;
                line = Take(_start, stop);
                _start = stop + 1;
                LineNumber++;
                if (tooLong)
                    line = ReadOnlyMemory<byte>.Empty;
                return true;
            }

            if (_eof)
            {
                if (_end > _start || tooLong)
                {
                    tooLong |= _end - _start > maxLineBytes;
                    line = tooLong ? ReadOnlyMemory<byte>.Empty : Take(_start, _end);
                    _start = _end;
                    LineNumber++;
                    return true;
                }

                line = ReadOnlyMemory<byte>.Empty;
                return false;
            }

            scanned = _end;
            if (_end - _start >= maxLineBytes)
            {
                // Too long to keep: drop what is held and go on looking for the line's end.
                tooLong = true;
                _start = _end = scanned = 0;
            }

            int offset = Fill();
            scanned -= offset;
        }
    }

    private ReadOnlyMemory<byte> Take(int from, int to)
    {
        if (to > from && _buffer[to - 1] == '\r')
            to--;
        return _buffer.AsMemory(from, to - from);
    }

    /// <summary>Reads more bytes, first moving the pending line to the front (or growing the buffer); returns how far the data moved.</summary>
    private int Fill()
    {
        int moved = _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, Array.MaxLength));
        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
            _eof = true;
        _end += read;
        return moved;
    }
}

/// <summary>One CSV record: its fields decoded, or why it could not be.</summary>
/// <param name="Row">1-based record number, the header being record 0.</param>
/// <param name="Line">1-based line of the file on which the record begins.</param>
/// <param name="Fields">The decoded fields, or null when <paramref name="Error"/> says what is wrong.</param>
/// <param name="Error">Why the record cannot be used.</param>
internal sealed record CsvRow(long Row, long Line, string[]? Fields, string? Error);

/// <summary>
/// RFC 4180 CSV read from a stream byte by byte: comma-separated, fields optionally in double quotes, a doubled
/// quote inside quotes is one quote, quoted fields may hold line breaks; records end at "\n" or "\r\n". Parsing
/// works on bytes (every delimiter is ASCII), and each field is then decoded as strict UTF-8, so one badly encoded
/// record does not stop the rest. A quote that closes a field but is followed by other text is kept leniently.
/// </summary>
internal sealed class CsvByteReader(Stream stream, int maxRecordBytes = CsvByteReader.MaxRecordBytes)
{
    /// <summary>The largest record kept; a longer one is reported and skipped.</summary>
    public const int MaxRecordBytes = 1 << 30;

    private readonly byte[] _input = new byte[1 << 16];
    private int _inputAt;
    private int _inputEnd;
    private bool _eof;
    private long _line = 1;
    private long _row = -1;

    private byte[] _record = new byte[1 << 12];
    private int _recordLength;
    private readonly List<int> _fieldEnds = [];

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>The next record, or null at the end of the stream. Blank lines between records are skipped.</summary>
    public CsvRow? Next()
    {
        while (true)
        {
            CsvRow? row = ReadRecord();
            if (row is null)
                return null;
            if (row.Fields is [""])
            {
                _row--;
                continue;
            }

            return row;
        }
    }

    private CsvRow? ReadRecord()
    {
        _recordLength = 0;
        _fieldEnds.Clear();
        var state = State.FieldStart;
        long startLine = _line;
        bool any = false;
        bool tooLong = false;
        while (true)
        {
            if (_inputAt == _inputEnd)
            {
                if (_eof || !Refill())
                {
                    if (!any)
                        return null;
                    _row++;
                    if (state == State.Quoted)
                        return new CsvRow(_row, startLine, null, "has a quoted field that is never closed (the file ends inside it)");
                    EndField();
                    return Finish(startLine, tooLong);
                }
            }

            byte b = _input[_inputAt++];
            any = true;
            if (b == '\n')
                _line++;
            switch (state)
            {
                case State.QuoteInQuoted when b == '"':
                    // a doubled quote inside a quoted field is one quote
                    tooLong |= !Append(b);
                    state = State.Quoted;
                    break;
                case State.Quoted:
                    if (b == '"')
                        state = State.QuoteInQuoted;
                    else
                        tooLong |= !Append(b);
                    break;
                case State.FieldStart:
                case State.Unquoted:
                case State.QuoteInQuoted:
                    // after a closing quote the field goes on as an unquoted one
                    if (b == '"' && state == State.FieldStart)
                    {
                        state = State.Quoted;
                    }
                    else if (b == ',')
                    {
                        EndField();
                        state = State.FieldStart;
                    }
                    else if (b == '\n')
                    {
                        EndField();
                        _row++;
                        return Finish(startLine, tooLong);
                    }
                    else if (b != '\r' || !NextIsNewline())
                    {
                        tooLong |= !Append(b);
                        state = State.Unquoted;
                    }

                    break;
            }
        }
    }

    /// <summary>Whether the next byte is "\n" (refilling if needed), so that "\r\n" ends a record like "\n".</summary>
    private bool NextIsNewline()
    {
        if (_inputAt == _inputEnd && (_eof || !Refill()))
            return false;
        return _input[_inputAt] == '\n';
    }

    private bool Refill()
    {
        _inputAt = 0;
        _inputEnd = stream.Read(_input, 0, _input.Length);
        if (_inputEnd == 0)
            _eof = true;
        return _inputEnd > 0;
    }

    private bool Append(byte b)
    {
        if (_recordLength >= maxRecordBytes)
            return false;
        if (_recordLength == _record.Length)
            Array.Resize(ref _record, (int)Math.Min((long)_record.Length * 2, Array.MaxLength));
        _record[_recordLength++] = b;
        return true;
    }

    private void EndField() => _fieldEnds.Add(_recordLength);

    private CsvRow Finish(long startLine, bool tooLong)
    {
        if (tooLong)
            return new CsvRow(_row, startLine, null, $"is longer than {maxRecordBytes} bytes and was skipped");
        var fields = new string[_fieldEnds.Count];
        int from = 0;
        for (int i = 0; i < fields.Length; i++)
        {
            ReadOnlySpan<byte> bytes = _record.AsSpan(from, _fieldEnds[i] - from);
            if (!Utf8.IsValid(bytes))
                return new CsvRow(_row, startLine, null, $"is not valid UTF-8 (field {i + 1}, byte {Utf8Text.FirstInvalid(bytes)} of the field)");
            fields[i] = Encoding.UTF8.GetString(bytes);
            from = _fieldEnds[i];
        }

        return new CsvRow(_row, startLine, fields, null);
    }
}

/// <summary>UTF-8 checks.</summary>
internal static class Utf8Text
{
    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all are valid.</summary>
    public static long FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int at = 0;
        while (at < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
                return at;
            at += consumed;
        }

        return -1;
    }
}
