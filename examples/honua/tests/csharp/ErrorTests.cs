using System.Net;
using Xunit;

namespace Honua.Server.Tests;

[Collection("Errors")]
public class ErrorTests(HonuaServer server) : ServerTests(server)
{
    [Theory]
    [InlineData("/nope")]
    [InlineData("/collections/nope")]
    [InlineData("/collections/cities/items/nope")]
    public async Task NotFound(string path)
    {
        var (status, type, body) = await Server.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/json", type);
        Assert.Equal("NotFound", (string?)body!["code"]);
    }

    [Theory]
    [InlineData("limit=0", "between 1 and 10000")]
    [InlineData("limit=ten", "must be an integer")]
    [InlineData("offset=-1", "between 0")]
    [InlineData("bbox=1,2,3", "4 numbers")]
    [InlineData("bbox=1,1,0,0", "must not exceed")]
    [InlineData("f=xml", "only json")]
    public async Task BadParameter(string query, string fragment)
    {
        var (status, _, body) = await Server.GetAsync($"/collections/cities/items?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterValue", (string?)body!["code"]);
        Assert.Contains(fragment, (string?)body["description"]);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task WritesAreRefused(string method)
    {
        var (status, _, body) = await Server.SendAsync(new HttpMethod(method), "/collections/cities/items");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("MethodNotAllowed", (string?)body!["code"]);
    }
}
