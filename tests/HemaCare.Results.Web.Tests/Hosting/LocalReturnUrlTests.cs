using HemaCare.Results.Web.Endpoints;
using HemaCare.Results.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace HemaCare.Results.Web.Tests.Hosting;

/// <summary>The guards behind the theme redirect and the Host header check, called directly.</summary>
public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/a\tb")]
    [InlineData("/a\nb")]
    [InlineData("/a\u0000")]
    public void Anything_but_a_plain_local_path_goes_home(string? returnUrl) =>
        LocalReturnUrl.Of(returnUrl).Should().Be("/");

    [Fact]
    public void A_lone_surrogate_cannot_be_encoded_so_it_goes_home()
    {
        // Built in code: test-case data passes through UTF-8, which would replace a lone surrogate with U+FFFD.
        LocalReturnUrl.Of("/" + (char)0xD800 + "x").Should().Be("/");
        LocalReturnUrl.Of("/x" + (char)0xDC00).Should().Be("/");
        LocalReturnUrl.Of("/x" + (char)0xD800).Should().Be("/");
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/periods/2003-Q2?x=1#top", "/periods/2003-Q2?x=1#top")]
    [InlineData("/a/b\\c", "/a/b\\c")]
    [InlineData("/caf\u00e9", "/caf%C3%A9")]
    [InlineData("/\u20ac1", "/%E2%82%AC1")]
    [InlineData("/\ud83d\ude00!", "/%F0%9F%98%80!")]
    public void A_local_path_is_kept_with_non_ascii_percent_encoded_as_utf8(string returnUrl, string expected) =>
        LocalReturnUrl.Of(returnUrl).Should().Be(expected);

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("results.example")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]:5000")]
    public void Ordinary_host_headers_are_usable(string host) =>
        HostHeaderMiddleware.IsUsable(new HostString(host)).Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("bad host")]
    [InlineData("a_b:x")]
    [InlineData("host:port")]
    public void Empty_or_malformed_host_headers_are_not(string host) =>
        HostHeaderMiddleware.IsUsable(new HostString(host)).Should().BeFalse();

    [Fact]
    public void A_host_header_may_be_as_long_as_a_dns_name_and_no_longer()
    {
        var label = new string('a', 63);
        var longest = string.Join('.', label, label, label, new string('a', 63));

        longest.Length.Should().Be(HostHeaderMiddleware.MaxLength);
        HostHeaderMiddleware.IsUsable(new HostString(longest)).Should().BeTrue();
        HostHeaderMiddleware.IsUsable(new HostString(longest + "a")).Should().BeFalse();
    }
}
