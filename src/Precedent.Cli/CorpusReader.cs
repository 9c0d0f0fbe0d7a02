using System.Text.Json;

namespace Precedent.Cli;

/// <summary>A span that another citation finder marked in a corpus record (used as a recall floor).</summary>
internal sealed record MarkedSpan(int Start, int End, string Text);

/// <summary>One opinion of a JSONL corpus.</summary>
internal sealed record CorpusRecord(string Id, string Text, IReadOnlyList<MarkedSpan> MarkedSpans, string? Court, string? Date,
    string? CaseName = null, string? Docket = null);

/// <summary>Streams a JSONL corpus one record at a time, so memory does not grow with the corpus.</summary>
internal static class CorpusReader
{
    public static IEnumerable<CorpusRecord> Read(string path)
    {
        if (!File.Exists(path))
            throw new InputException($"{path}: no such file");
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            CorpusRecord record;
            try
            {
                record = Parse(line);
            }
            catch (JsonException e)
            {
                throw new InputException($"{path}:{lineNumber}: not a JSON object: {e.Message}");
            }
            yield return record;
        }
    }

    private static CorpusRecord Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : "";
        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
        var spans = new List<MarkedSpan>();
        if (root.TryGetProperty("cited_spans", out var cs) && cs.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in cs.EnumerateArray())
            {
                if (s.TryGetProperty("start", out var st) && st.ValueKind == JsonValueKind.Number
                    && s.TryGetProperty("end", out var en) && en.ValueKind == JsonValueKind.Number
                    && s.TryGetProperty("text", out var tx) && tx.ValueKind == JsonValueKind.String)
                {
                    spans.Add(new MarkedSpan(st.GetInt32(), en.GetInt32(), tx.GetString() ?? ""));
                }
            }
        }
        string? Str(string name) => root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        string? docket = root.TryGetProperty("extra", out var extra) && extra.ValueKind == JsonValueKind.Object
            && extra.TryGetProperty("docket_number", out var dn) && dn.ValueKind == JsonValueKind.String ? dn.GetString() : null;
        return new CorpusRecord(id, text, spans, Str("court"), Str("date"), Str("case_name"), docket);
    }
}
