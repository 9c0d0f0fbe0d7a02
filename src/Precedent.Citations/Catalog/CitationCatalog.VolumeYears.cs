using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Precedent.Citations.Catalog;

public sealed partial class CitationCatalog
{
    private readonly Lazy<FrozenDictionary<string, (int Volume, int Year)[]>> _volumeYears = new(LoadVolumeYears);

    /// <summary>
    /// The year in which the decisions of a volume were about handed down, interpolated between the anchors of our
    /// data (volume-years.json) for the reporters cited most; null when the edition has no anchors or the volume
    /// lies past the last one.
    /// </summary>
    public int? EstimatedYear(ReporterEdition edition, int volume)
    {
        ArgumentNullException.ThrowIfNull(edition);
        if (!_volumeYears.Value.TryGetValue(edition.Abbreviation, out var anchors) || volume < anchors[0].Volume || volume > anchors[^1].Volume)
            return null;
        for (var i = 1; i < anchors.Length; i++)
        {
            var (v1, y1) = anchors[i];
            if (volume > v1)
                continue;
            var (v0, y0) = anchors[i - 1];
            return y0 + (int)Math.Round((double)(volume - v0) * (y1 - y0) / (v1 - v0));
        }
        return anchors[^1].Year;
    }

    /// <summary>The volumes of an edition whose estimated year is <paramref name="year"/>; null when none or unknown.</summary>
    public (int First, int Last)? EstimatedVolumes(ReporterEdition edition, int year)
    {
        ArgumentNullException.ThrowIfNull(edition);
        if (!_volumeYears.Value.TryGetValue(edition.Abbreviation, out var anchors))
            return null;
        int? first = null, last = null;
        for (var v = anchors[0].Volume; v <= anchors[^1].Volume; v++)
        {
            if (EstimatedYear(edition, v) != year)
                continue;
            first ??= v;
            last = v;
        }
        return first is { } f && last is { } l ? (f, l) : null;
    }

    private static FrozenDictionary<string, (int, int)[]> LoadVolumeYears()
    {
        var assembly = typeof(CitationCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream("Precedent.Citations.Catalog.Data.volume-years.json")
            ?? throw new InvalidOperationException("The embedded catalog file volume-years.json is missing.");
        var file = JsonSerializer.Deserialize(stream, VolumeYearsJsonContext.Default.VolumeYearsFile)
                   ?? throw new InvalidOperationException("The embedded catalog file volume-years.json is empty.");
        var result = new Dictionary<string, (int, int)[]>(StringComparer.Ordinal);
        foreach (var (abbreviation, pairs) in file.Editions)
        {
            var anchors = pairs.Where(p => p.Length == 2).Select(p => (p[0], p[1])).OrderBy(p => p.Item1).ToArray();
            if (anchors.Length >= 2)
                result[abbreviation] = anchors;
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

internal sealed class VolumeYearsFile
{
    public Dictionary<string, int[][]> Editions { get; set; } = [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(VolumeYearsFile))]
internal sealed partial class VolumeYearsJsonContext : JsonSerializerContext;
