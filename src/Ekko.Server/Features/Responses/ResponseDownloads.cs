using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Server.Components;
using Ekko.Server.Components.Common;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;

namespace Ekko.Server.Features.Responses;

/// <summary>
/// The response explorer's "Export": the responses of the view in the address, as CSV or an Excel workbook,
/// for a signed-in member whose role may export. Streams, so a large selection does not sit in memory.
/// </summary>
internal static class ResponseDownloads
{
    public static void MapResponseDownloads(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/w/{slug}/responses/export.{format}", async (
            string slug, string format, HttpContext context, ListMyWorkspaces mine, ListJourneys journeys,
            ExportResponseSelection export, TimeProvider clock, CancellationToken ct) =>
        {
            if (format is not ("csv" or "xlsx"))
            {
                return Results.NotFound();
            }

            var workspace = context.User.UserId() is { } userId
                ? (await mine.HandleAsync(new ListMyWorkspacesQuery(userId), ct)).FirstOrDefault(w => w.Slug == slug)
                : null;
            if (workspace is null)
            {
                return Results.NotFound();
            }

            if (!workspace.Can(WorkspaceRight.ExportData))
            {
                return Results.Forbid();
            }

            var uri = context.Request.GetEncodedUrl();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var filter = ViewFilter.Parse(uri, today);
            var query = await ResponseView.Parse(uri).ToListQueryAsync(workspace.Id, filter, journeys, ct);
            var (columns, rows) = await export.HandleAsync(query, ct);
            var name = $"ekko-{workspace.Slug}-responses-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.{format}";
            return format == "csv"
                ? Results.Stream(body => WriteCsvAsync(body, columns, rows, ct), "text/csv; charset=utf-8", name)
                : Results.Stream(body => WriteXlsxAsync(body, columns, rows, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        })
        .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser())
        .ExcludeFromDescription();

    private static async Task WriteCsvAsync(Stream body, IReadOnlyList<string> columns, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct)
    {
        // A byte-order mark, so Excel opens the UTF-8 file with å, ä and ö intact.
        await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var value in row)
            {
                // A cell starting with = + - @ would be run as a formula by a spreadsheet: comments are customer input.
                csv.WriteField(SpreadsheetSafe(value));
            }

            await csv.NextRecordAsync();
        }
    }

    /// <summary>Writes the sheet with OpenXmlWriter (SAX-style), row by row; inline strings need no shared-string table in memory.</summary>
    private static async Task WriteXlsxAsync(Stream body, IReadOnlyList<string> columns, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct)
    {
        // The zip package needs a seekable stream; the file goes to a temporary file first, then out.
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                using var document = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook);
                var workbook = document.AddWorkbookPart();
                var sheet = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(sheet))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, columns);
                    await foreach (var row in rows.WithCancellation(ct))
                    {
                        WriteRow(writer, row);
                    }

                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                using (var writer = OpenXmlWriter.Create(workbook))
                {
                    writer.WriteStartElement(new Workbook());
                    writer.WriteStartElement(new Sheets());
                    writer.WriteElement(new Sheet { Name = "Responses", SheetId = 1, Id = workbook.GetIdOfPart(sheet) });
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
            }

            await using var result = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
            await result.CopyToAsync(body, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            // Inline strings are text, never formulas, so the comment is shown as written.
            writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(value ?? ""))) });
        }

        writer.WriteEndElement();
    }

    private static string? SpreadsheetSafe(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + value : value;

    /// <summary>XML cannot carry control characters or lone surrogates; a comment may hold them. Emoji (surrogate pairs) stay.</summary>
    private static string XmlSafe(string value)
    {
        var text = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else
            {
                text.Append(System.Xml.XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return text.ToString();
    }
}
