using System.Text.Json.Nodes;
using HemaCare.Results.Web.Exports;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>The title and description of /openapi/v1.json, and the values of ?shape=.</summary>
public static class OpenApiDocumentInfo
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "HemaCare Results";
            document.Info.Description = "HemaCare Corporation's 2003 figures from its earnings-call scripts, as JSON "
                + "(/api), CSV, Excel and SVG downloads (/export). Every response of /api and /export carries a "
                + "strong ETag; send it back in If-None-Match and an unchanged resource answers 304 with no body.";
            return Task.CompletedTask;
        });
        // ?shape= is bound as a string so an unknown value is a 400 that names the valid ones (an enum would
        // also accept "1"); the document still lists the two values.
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters ?? [])
                if (parameter.Name == "shape" && parameter.Schema is OpenApiSchema schema)
                    schema.Enum = [JsonValue.Create(TableShapes.Long), JsonValue.Create(TableShapes.Wide)];
            return Task.CompletedTask;
        });
    }
}
