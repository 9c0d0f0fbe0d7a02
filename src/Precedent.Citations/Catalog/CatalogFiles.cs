using System.Text.Json.Serialization;

namespace Precedent.Citations.Catalog;

// The shapes of the embedded JSON data files (see Catalog/Data/README.md).

internal sealed class ReporterFile
{
    public List<ReporterEntry> Reporters { get; set; } = [];
}

internal sealed class ReporterEntry
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string>? Jurisdictions { get; set; }
    public List<string>? Levels { get; set; }
    public List<string>? Courts { get; set; }
    public string? DefaultCourt { get; set; }
    public List<EditionEntry> Editions { get; set; } = [];
}

internal sealed class EditionEntry
{
    public string Abbreviation { get; set; } = "";
    public int? Start { get; set; }
    public int? End { get; set; }
    public List<string>? Variants { get; set; }
    public string? DefaultCourt { get; set; }
}

internal sealed class CourtFile
{
    public List<CourtEntry> Courts { get; set; } = [];
}

internal sealed class CourtEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string Level { get; set; } = "";
    public List<string>? Abbreviations { get; set; }
}

internal sealed class UsYearsFile
{
    public List<int[]> Volumes { get; set; } = [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ReporterFile))]
[JsonSerializable(typeof(CourtFile))]
[JsonSerializable(typeof(UsYearsFile))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
