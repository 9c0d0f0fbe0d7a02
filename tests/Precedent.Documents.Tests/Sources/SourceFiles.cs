using System.Text;

namespace Precedent.Documents.Tests.Sources;

/// <summary>Writes the files the source tests read into a fresh temporary folder, removed afterwards.</summary>
public sealed class SourceFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "precedent-sources-" + Guid.NewGuid().ToString("N"));

    public SourceFiles() => Directory.CreateDirectory(_folder);

    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    public string Write(string name, byte[] content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Folder => _folder;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
