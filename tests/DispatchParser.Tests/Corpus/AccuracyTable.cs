using System.Globalization;
using System.Text;

namespace DispatchParser.Tests.Corpus;

/// <summary>Right/total per compared field, for the four parts at once and for all fields at once, per folder and overall.</summary>
internal sealed class AccuracyTable
{
    private const string AllParts = "all four";
    private const string AllRight = "all eight";
    private readonly Dictionary<string, Dictionary<string, int>> _right = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _files = new(StringComparer.Ordinal);
    private readonly List<string> _folders = [];

    public void Add(string folder, IReadOnlyDictionary<string, bool> rightByField)
    {
        if (_files.TryGetValue(folder, out int files))
        {
            _files[folder] = files + 1;
        }
        else
        {
            _folders.Add(folder);
            _files[folder] = 1;
            _right[folder] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        foreach (var (field, right) in rightByField)
            if (right) _right[folder][field] = _right[folder].GetValueOrDefault(field) + 1;
        if (CorpusLabels.PartFields.All(field => rightByField.GetValueOrDefault(field))) _right[folder][AllParts] = _right[folder].GetValueOrDefault(AllParts) + 1;
        if (rightByField.Values.All(right => right)) _right[folder][AllRight] = _right[folder].GetValueOrDefault(AllRight) + 1;
    }

    public override string ToString()
    {
        string[] columns = [.. CorpusLabels.ComparedFields, AllParts, AllRight];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"folder",-16} {"files",5}");
        foreach (string column in columns) text.Append(CultureInfo.InvariantCulture, $" {column,16}");
        text.AppendLine();
        foreach (string folder in _folders) Row(text, folder, _files[folder], column => _right[folder].GetValueOrDefault(column), columns);
        int total = _files.Values.Sum();
        Row(text, "overall", total, column => _folders.Sum(folder => _right[folder].GetValueOrDefault(column)), columns);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, int files, Func<string, int> right, string[] columns)
    {
        text.Append(CultureInfo.InvariantCulture, $"{name,-16} {files,5}");
        foreach (string column in columns)
        {
            int count = right(column);
            string cell = $"{count}/{files} ({100.0 * count / Math.Max(1, files):0}%)";
            text.Append(CultureInfo.InvariantCulture, $" {cell,16}");
        }
        text.AppendLine();
    }
}
