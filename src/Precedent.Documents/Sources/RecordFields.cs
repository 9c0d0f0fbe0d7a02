using System.Globalization;
using System.Text.Json;

namespace Precedent.Documents.Sources;

/// <summary>
/// The fields of one record, whether it came from JSON (nested objects and arrays) or from a CSV row (flat strings),
/// so that one mapping serves both.
/// </summary>
internal abstract class RecordFields
{
    /// <summary>The field as a string: strings as they are, numbers in their JSON spelling; null when absent, null or not scalar.</summary>
    public abstract string? String(string name);

    /// <summary>The field when it is a nested object.</summary>
    public abstract RecordFields? Object(string name);

    /// <summary>The objects of an array field (nothing when absent or not an array).</summary>
    public abstract IEnumerable<RecordFields> Objects(string name);

    /// <summary>The scalar items of an array field, or the field itself when it is a single string.</summary>
    public abstract IEnumerable<string> Strings(string name);

    /// <summary>Whether the field exists at all (even as null).</summary>
    public abstract bool Has(string name);

    /// <summary>The first of <paramref name="names"/> that has a non-blank string value.</summary>
    public string? First(params ReadOnlySpan<string> names)
    {
        foreach (string name in names)
        {
            string? value = String(name);
            if (!string.IsNullOrWhiteSpace(value))
                return value;
        }

        return null;
    }
}

/// <summary>A JSON object's fields.</summary>
internal sealed class JsonRecordFields(JsonElement element) : RecordFields
{
    public JsonElement Element { get; } = element;

    public override string? String(string name) => TryGet(name, out JsonElement value) ? Scalar(value) : null;

    public override RecordFields? Object(string name)
        => TryGet(name, out JsonElement value) && value.ValueKind == JsonValueKind.Object ? new JsonRecordFields(value) : null;

    public override IEnumerable<RecordFields> Objects(string name)
    {
        if (!TryGet(name, out JsonElement value) || value.ValueKind != JsonValueKind.Array)
            yield break;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
                yield return new JsonRecordFields(item);
        }
    }

    public override IEnumerable<string> Strings(string name)
    {
        if (!TryGet(name, out JsonElement value))
            yield break;
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in value.EnumerateArray())
            {
                if (Scalar(item) is { } s)
                    yield return s;
            }
        }
        else if (Scalar(value) is { } single)
        {
            yield return single;
        }
    }

    public override bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    private bool TryGet(string name, out JsonElement value)
    {
        if (Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out value))
            return true;
        value = default;
        return false;
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}

/// <summary>A CSV row's fields, by header name (compared without regard to case).</summary>
internal sealed class CsvRecordFields(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> values) : RecordFields
{
    public override string? String(string name)
        => columns.TryGetValue(name, out int i) && i < values.Count ? values[i] : null;

    public override RecordFields? Object(string name) => null;

    public override IEnumerable<RecordFields> Objects(string name) => [];

    public override IEnumerable<string> Strings(string name)
    {
        string? value = String(name);
        return string.IsNullOrWhiteSpace(value) ? [] : [value];
    }

    public override bool Has(string name) => columns.ContainsKey(name);

    /// <summary>Maps header names to column indexes; the first of duplicate names wins.</summary>
    public static Dictionary<string, int> Columns(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++)
            columns.TryAdd(header[i].Trim(), i);
        return columns;
    }
}

/// <summary>Parsing of field values shared by the mappings.</summary>
internal static class FieldValues
{
    /// <summary>
    /// A full date from "YYYY-MM-DD", optionally followed by a time ("1989-05-15T00:00:00Z"); null for partial or
    /// invalid dates.
    /// </summary>
    public static DateOnly? Date(string? value)
    {
        if (value is null)
            return null;
        ReadOnlySpan<char> span = value.AsSpan().Trim();
        if (span.Length > 10 && span[10] is 'T' or ' ' or 't')
            span = span[..10];
        return DateOnly.TryParseExact(span, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;
    }

    /// <summary>Collapses runs of whitespace to one space and trims; null when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
