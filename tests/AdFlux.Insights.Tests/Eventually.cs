namespace AdFlux.Insights.Tests;

/// <summary>Waits for an outcome of asynchronous work; the deadline only turns a hang into a failure.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > until)
            {
                return value;
            }
            await Task.Delay(50);
        }
    }
}
