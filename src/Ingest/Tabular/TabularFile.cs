namespace Vacances.Ingest.Tabular;

/// <summary>Opens a tabular file by its extension: <c>.xlsx</c>/<c>.xls</c> as a workbook, anything else as CSV.</summary>
public static class TabularFile
{
    /// <summary>Opens <paramref name="path"/>; <paramref name="displayName"/> names it in French error messages.</summary>
    public static TabularReader Open(string path, string displayName) =>
        IsWorkbook(path) ? ExcelTabularReader.Open(path, displayName) : CsvTabularReader.Open(path, displayName);

    /// <summary>True for an <c>.xlsx</c>, <c>.xlsm</c> or <c>.xls</c> file name.</summary>
    public static bool IsWorkbook(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".xlsm" or ".xls";
}
