using System.Net;
using Xunit;

namespace Honua.Server.Tests;

[Collection("Landing")]
[Trait("Category", "smoke")]
public class LandingTests(HonuaServer server) : ServerTests(server)
{
    [Fact]
    public async Task HealthReportsNineCollectionsAnd685Features()
    {
        var health = await Server.GetJsonAsync("/health");
        Assert.Equal("ok", (string?)health["status"]);
        Assert.Equal(9, (int)health["collections"]!);
        Assert.Equal(685, (int)health["features"]!);
    }

    [Theory]
    [InlineData("self")]
    [InlineData("service-desc")]
    [InlineData("conformance")]
    [InlineData("data")]
    [InlineData("status")]
    public async Task LandingPageLinkLeadsToJson(string rel)
    {
        var href = HonuaServer.Link(await Server.GetJsonAsync("/"), rel);
        Assert.NotNull(href);
        var (status, _, body) = await Server.GetAsync(href!);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(body);
    }

    [Fact]
    public async Task ConformanceListsCoreAndGeoJson()
    {
        var conforms = (await Server.GetJsonAsync("/conformance"))["conformsTo"]!.AsArray()
            .Select(c => (string?)c).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", conforms);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", conforms);
    }

    [Fact]
    public async Task ApiDocumentIsOpenApi3WithTheLimitBounds()
    {
        var (status, type, api) = await Server.GetAsync("/api");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.oai.openapi+json", type);
        Assert.StartsWith("3.0.", (string?)api!["openapi"]);
        var limit = api["components"]!["parameters"]!["limit"]!["schema"]!;
        Assert.Equal((10, 1, 10000), ((int)limit["default"]!, (int)limit["minimum"]!, (int)limit["maximum"]!));
    }
}
