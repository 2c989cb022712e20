using AdFlux.Ads.Accounts;
using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Platforms;

/// <summary>An ad account and its opened credentials, for the length of one piece of platform work.</summary>
public sealed record AccountAccess(AdAccount Account, PlatformCredentials Credentials);
