using System.Text.Json;
using System.Text.Unicode;
using Precedent.Documents.Readers;

namespace Precedent.Documents.Sources;

/// <summary>
/// Reads court opinions from the JSON and CSV forms legal data is published in: CourtListener opinion objects (REST
/// API v3/v4, with or without their cluster and docket inlined, alone, in an array or in an API page's "results"),
/// CourtListener bulk opinion CSV files, Caselaw Access Project case objects, and JSON Lines files of any of these
/// (or of our own corpus records). Plain documents (.txt, .html, .pdf, .docx) are read by
/// <see cref="DocumentReader"/>, with no metadata.
/// </summary>
/// <remarks>
/// The text of a record is the first non-empty of: plain_text (or text); then html_with_citations, html,
/// html_lawbox, html_columbia, html_anon_2020, xml_harvard converted to text as an HTML file would be (footnotes
/// found the same way); a CAP casebody is read from its XML or HTML (star paging dropped, paragraphs as lines,
/// footnotes kept, each opinion a part) or taken as is when it is text. Every failure is a
/// <see cref="DocumentReadException"/> naming the file, the record (line or row number) and the reason. JSON Lines
/// and CSV files are read record by record, never whole.
/// </remarks>
/// <example>
/// <code>
/// foreach (OpinionSource source in OpinionSourceReader.ReadFile("opinions.jsonl", bad => Console.Error.WriteLine(bad.Message)))
///     Console.WriteLine($"{source.Metadata.CaseName}: {source.Document.Text.Length} characters");
/// </code>
/// </example>
public static class OpinionSourceReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 128 };

    /// <summary>
    /// Reads every opinion in the file at <paramref name="path"/>. The extension chooses the reading (.json,
    /// .jsonl/.ndjson, .csv; .txt, .html, .htm, .pdf, .docx as plain documents); other extensions are judged by the
    /// first bytes. Records are read lazily as the sequence is enumerated.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="onBadRecord">
    /// Receives each record of a many-record file that cannot be read (not JSON, not an object, no text, bad
    /// UTF-8…); reading goes on with the next record. When null, the first bad record is thrown instead.
    /// </param>
    /// <exception cref="DocumentReadException">
    /// The file is missing, unreadable, empty, or a .json file or plain document that cannot be read (thrown at
    /// once); a .jsonl or .csv file that turns out not to be one, or, when <paramref name="onBadRecord"/> is null,
    /// a record that cannot be read (thrown during enumeration, after the records before it).
    /// </exception>
    public static IEnumerable<OpinionSource> ReadFile(string path, Action<DocumentReadException>? onBadRecord = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            throw DocumentReadException.For(path, "is a directory, not a file");
        if (!File.Exists(path))
            throw DocumentReadException.For(path, "does not exist");

        SourceKind kind = KindOf(path);
        if (kind != SourceKind.Document && IsEmptyFile(path))
            throw DocumentReadException.For(path, "is empty; expected JSON or CSV opinion records");
        return kind switch
        {
            SourceKind.Document => [new OpinionSource(DocumentReader.Read(path), OpinionMetadata.Empty)],
            SourceKind.Json => ReadJsonFile(path, onBadRecord),
            SourceKind.JsonLines => Guard(path, ReadJsonLines(path, onBadRecord)),
            SourceKind.Csv => Guard(path, ReadCsv(path, onBadRecord)),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>
    /// Reads one CourtListener opinion or CAP case object held in memory. <paramref name="name"/> names it in
    /// messages and becomes <see cref="SourceDocument.Path"/>.
    /// </summary>
    /// <exception cref="DocumentReadException">The text is not JSON, not an object, or the object has no opinion text.</exception>
    public static OpinionSource ReadJson(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
            throw DocumentReadException.For(name, "is empty; expected a JSON object");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw JsonFailure(name, ex);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw DocumentReadException.For(name, $"is not a JSON object (it is {Describe(root.ValueKind)})");
            return MapSafely(new JsonRecordFields(root), name, name);
        }
    }

    private static bool IsEmptyFile(string path)
    {
        try
        {
            return new FileInfo(path).Length == 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw DocumentReadException.For(path, "cannot be read", ex, ex.Message);
        }
    }

    private enum SourceKind
    {
        Document,
        Json,
        JsonLines,
        Csv,
    }

    private static SourceKind KindOf(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".json":
                return SourceKind.Json;
            case ".jsonl" or ".ndjson" or ".jsonlines":
                return SourceKind.JsonLines;
            case ".csv":
                return SourceKind.Csv;
            case ".txt" or ".text" or ".md" or ".html" or ".htm" or ".xhtml" or ".pdf" or ".docx":
                return SourceKind.Document;
        }

        // Unknown extension: look at the first bytes.
        byte[] head = new byte[4096];
        int count;
        try
        {
            using FileStream stream = File.OpenRead(path);
            count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw DocumentReadException.For(path, "cannot be read", ex, ex.Message);
        }

        ReadOnlySpan<byte> start = head.AsSpan(0, count);
        if (start.StartsWith(Signatures.Utf8Bom))
            start = start[Signatures.Utf8Bom.Length..];
        start = start.TrimStart(" \t\r\n"u8);
        if (start.StartsWith("["u8))
            return SourceKind.Json;
        if (start.StartsWith("{"u8))
        {
            int newline = start.IndexOf((byte)'\n');
            bool moreLines = newline >= 0 && start[(newline + 1)..].TrimStart(" \t\r\n"u8).StartsWith("{"u8);
            return moreLines ? SourceKind.JsonLines : SourceKind.Json;
        }

        int lineEnd = start.IndexOf((byte)'\n');
        ReadOnlySpan<byte> first = lineEnd >= 0 ? start[..lineEnd] : start;
        if (first.IndexOf((byte)',') >= 0 && (first.IndexOf("plain_text"u8) >= 0 || first.IndexOf("html_with_citations"u8) >= 0))
            return SourceKind.Csv;
        return SourceKind.Document;
    }

    // ----- .json -----

    private static IEnumerable<OpinionSource> ReadJsonFile(string path, Action<DocumentReadException>? onBadRecord)
    {
        byte[] bytes = ReadAll(path);
        ReadOnlyMemory<byte> json = bytes;
        if (json.Span.StartsWith(Signatures.Utf8Bom))
            json = json[Signatures.Utf8Bom.Length..];
        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
            throw DocumentReadException.For(path, "is empty; expected a JSON object or array");
        if (!Utf8.IsValid(json.Span))
            throw DocumentReadException.For(path, $"is not valid UTF-8 at byte {Utf8Text.FirstInvalid(json.Span) + (bytes.Length - json.Length)}");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException ex) when (IsTrailingValue(ex))
        {
            // Several objects one after another: a JSON Lines file under a .json name.
            return Guard(path, ReadJsonLines(path, onBadRecord));
        }
        catch (JsonException ex)
        {
            throw JsonFailure(path, ex);
        }

        JsonElement root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("results", out JsonElement results) && results.ValueKind == JsonValueKind.Array)
        {
            return Guard(path, Many(path, document, results, onBadRecord));
        }

        if (root.ValueKind == JsonValueKind.Array)
            return Guard(path, Many(path, document, root, onBadRecord));

        using (document)
        {
            if (root.ValueKind != JsonValueKind.Object)
                throw DocumentReadException.For(path, $"is JSON but holds {Describe(root.ValueKind)}, not an opinion object or a list of them");
            return [MapSafely(new JsonRecordFields(root), path, path)];
        }
    }

    private static IEnumerable<OpinionSource> Many(string path, JsonDocument document, JsonElement array, Action<DocumentReadException>? onBadRecord)
    {
        using (document)
        {
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                index++;
                string where = $"{path} record {index}";
                OpinionSource? source = null;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Bad(DocumentReadException.For(where, $"is not a JSON object (it is {Describe(item.ValueKind)})"), onBadRecord);
                }
                else
                {
                    var fields = new JsonRecordFields(item);
                    string? id = OpinionRecordMapper.IdOf(fields);
                    source = TryMap(fields, $"{path}#{id ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)}", id is null ? where : $"{where} ({id})", onBadRecord);
                }

                if (source is not null)
                    yield return source;
            }
        }
    }

    private static byte[] ReadAll(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException
                                       or System.Security.SecurityException)
        {
            throw DocumentReadException.For(path, "cannot be read", ex, ex.Message);
        }
    }

    // ----- .jsonl -----

    private static IEnumerable<OpinionSource> ReadJsonLines(string path, Action<DocumentReadException>? onBadRecord)
    {
        using FileStream stream = Open(path);
        var lines = new ByteLineReader(stream);
        bool anyRecord = false;
        while (lines.TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong))
        {
            long number = lines.LineNumber;
            string where = $"{path} line {number}";
            if (tooLong)
            {
                anyRecord = true;
                Bad(DocumentReadException.For(where, $"is longer than {ByteLineReader.MaxLineBytes} bytes and was skipped"), onBadRecord);
                continue;
            }

            if (number == 1 && line.Span.StartsWith(Signatures.Utf8Bom))
                line = line[Signatures.Utf8Bom.Length..];
            if (line.Span.Trim(" \t\r"u8).IsEmpty)
                continue;
            anyRecord = true;
            OpinionSource? source = ReadLine(path, where, number, line, onBadRecord);
            if (source is not null)
                yield return source;
        }

        if (!anyRecord)
            throw DocumentReadException.For(path, "is empty; expected one JSON object per line");
    }

    private static OpinionSource? ReadLine(string path, string where, long number, ReadOnlyMemory<byte> line, Action<DocumentReadException>? onBadRecord)
    {
        if (!Utf8.IsValid(line.Span))
        {
            Bad(DocumentReadException.For(where, $"is not valid UTF-8 at byte {Utf8Text.FirstInvalid(line.Span) + 1} of the line"), onBadRecord);
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, JsonOptions);
        }
        catch (JsonException ex)
        {
            Bad(JsonFailure(where, ex, lineKnown: true), onBadRecord);
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Bad(DocumentReadException.For(where, $"is not a JSON object (it is {Describe(root.ValueKind)})"), onBadRecord);
                return null;
            }

            var fields = new JsonRecordFields(root);
            string? id = OpinionRecordMapper.IdOf(fields);
            string name = $"{path}#{id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            return TryMap(fields, name, id is null ? where : $"{where} ({id})", onBadRecord);
        }
    }

    // ----- .csv -----

    private static IEnumerable<OpinionSource> ReadCsv(string path, Action<DocumentReadException>? onBadRecord)
    {
        using FileStream stream = Open(path);
        var reader = new CsvByteReader(stream);
        CsvRow? header = reader.Next();
        if (header is null)
            throw DocumentReadException.For(path, "is empty; expected a CSV header row naming the columns");
        if (header.Fields is null)
            throw DocumentReadException.For(path, $"header row {header.Error}");
        string[] names = header.Fields;
        if (names.Length > 0 && names[0].StartsWith('\uFEFF'))
            names[0] = names[0][1..];
        if (names.Any(n => n.Contains('\0', StringComparison.Ordinal)))
            throw DocumentReadException.For(path, "is a binary file, not CSV");
        Dictionary<string, int> columns = CsvRecordFields.Columns(names);
        string[] textColumns = ["plain_text", "text", "html_with_citations", "html", "html_lawbox", "html_columbia", "html_anon_2020", "xml_harvard"];
        if (!textColumns.Any(columns.ContainsKey))
        {
            throw DocumentReadException.For(
                path, $"is not an opinion CSV: its header names no text column ({string.Join(", ", textColumns)})");
        }

        while (reader.Next() is { } row)
        {
            string where = $"{path} row {row.Row} (line {row.Line})";
            if (row.Fields is null)
            {
                Bad(DocumentReadException.For(where, row.Error ?? "cannot be read"), onBadRecord);
                continue;
            }

            if (row.Fields.Length != names.Length)
            {
                Bad(DocumentReadException.For(where, $"has {row.Fields.Length} fields but the header names {names.Length} columns"), onBadRecord);
                continue;
            }

            var fields = new CsvRecordFields(columns, row.Fields);
            string? id = OpinionRecordMapper.IdOf(fields);
            OpinionSource? source = TryMap(
                fields, $"{path}#{id ?? row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)}", id is null ? where : $"{where} ({id})", onBadRecord);
            if (source is not null)
                yield return source;
        }
    }

    // ----- shared -----

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException
                                       or System.Security.SecurityException)
        {
            throw DocumentReadException.For(path, "cannot be read", ex, ex.Message);
        }
    }

    /// <summary>Lets only <see cref="DocumentReadException"/> out of a lazily read file, naming the file.</summary>
    private static IEnumerable<OpinionSource> Guard(string path, IEnumerable<OpinionSource> sources)
    {
        using IEnumerator<OpinionSource> e = sources.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext())
                    yield break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw DocumentReadException.For(path, "cannot be read", ex, ex.Message);
            }
            catch (Exception ex) when (ex is not DocumentReadException and not OutOfMemoryException)
            {
                throw DocumentReadException.For(path, "could not be read", ex, ex.Message);
            }

            yield return e.Current;
        }
    }

    private static OpinionSource? TryMap(RecordFields fields, string name, string where, Action<DocumentReadException>? onBadRecord)
    {
        try
        {
            return MapSafely(fields, name, where);
        }
        catch (DocumentReadException ex)
        {
            Bad(ex, onBadRecord);
            return null;
        }
    }

    private static OpinionSource MapSafely(RecordFields fields, string name, string where)
    {
        try
        {
            return OpinionRecordMapper.Map(fields, name, where);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw DocumentReadException.For(where, "could not be read", ex, ex.Message);
        }
    }

    private static void Bad(DocumentReadException error, Action<DocumentReadException>? onBadRecord)
    {
        if (onBadRecord is null)
            throw error;
        onBadRecord(error);
    }

    private static bool IsTrailingValue(JsonException ex)
        => ex.Message.Contains("after a single JSON value", StringComparison.Ordinal);

    /// <summary>"NAME is not valid JSON (line 3, byte 17): reason", or "ends in the middle of …" for a cut-off text.</summary>
    private static DocumentReadException JsonFailure(string name, JsonException ex, bool lineKnown = false)
    {
        string reason = ex.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
            cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
            reason = reason[..cut];
        string position = lineKnown
            ? $"byte {(ex.BytePositionInLine ?? 0) + 1}"
            : $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}";
        bool truncated = !reason.Contains("after a single JSON value", StringComparison.Ordinal)
                         && (reason.Contains("Expected depth to be zero", StringComparison.Ordinal)
                             || reason.Contains("end of data", StringComparison.OrdinalIgnoreCase)
                             || reason.Contains("incomplete", StringComparison.OrdinalIgnoreCase));
        return truncated
            ? DocumentReadException.For(name, $"ends in the middle of a JSON value ({position}; truncated?)", ex)
            : DocumentReadException.For(name, $"is not valid JSON ({position})", ex, reason);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "not an object",
    };
}
