using System.Diagnostics.CodeAnalysis;

namespace AdFlux.Web.Gateway;

/// <summary>An API answer: the value, or the problem it reported.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsOk => Problem is null;

    public static ApiResult<T> Ok(T? value) => new(value, null);

    public static ApiResult<T> Failed(ApiProblem problem) => new(default, problem);
}
