using System.Net;
using Xunit;

namespace Honua.Server.Tests;

[Collection("Features")]
public class FeatureTests(HonuaServer server) : ServerTests(server)
{
    [Theory]
    [MemberData(nameof(HonuaServer.Collections), MemberType = typeof(HonuaServer))]
    public async Task FirstFeatureByIdEqualsTheListedOne(string collection)
    {
        var listed = (await Server.GetJsonAsync($"/collections/{collection}/items?limit=1"))["features"]![0]!;
        var id = (string)listed["id"]!;
        var doc = await Server.GetJsonAsync($"/collections/{collection}/items/{id}");
        Assert.Equal(listed["geometry"]!.ToJsonString(), doc["geometry"]!.ToJsonString());
        Assert.Equal(listed["properties"]!.ToJsonString(), doc["properties"]!.ToJsonString());
    }

    [Fact]
    [Trait("Category", "smoke")]
    public async Task Honolulu()
    {
        var doc = await Server.GetJsonAsync("/collections/cities/items/city-001");
        Assert.Equal("Honolulu", (string?)doc["properties"]!["name"]);
    }

    [Fact]
    public async Task AFeatureOfAnotherCollectionIsNotFound()
    {
        var (status, _, body) = await Server.GetAsync("/collections/roads/items/city-001");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NotFound", (string?)body!["code"]);
    }
}
