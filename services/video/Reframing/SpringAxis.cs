namespace AdFlux.Video.Reframing;

/// <summary>
/// One axis of the crop window: a critically damped spring with limits on speed and acceleration
/// (so a pan eases in), braking in time to stop on its target rather than overshoot; kept inside the frame.
/// </summary>
internal sealed class SpringAxis(int size, int window, double maxSpeed, double maxAcceleration)
{
    private double _velocity;

    public double Position { get; private set; }

    /// <summary>Starts on <paramref name="now"/>, already moving the way the face moves over the next <paramref name="lead"/> seconds.</summary>
    public void Start(double now, double ahead, double lead)
    {
        Position = now;
        _velocity = Math.Clamp((ahead - now) / lead, -maxSpeed, maxSpeed);
    }

    public void Advance(double target, double dt)
    {
        var omega = FaceTrackPlanner.Omega;
        var distance = target - Position;
        var acceleration = Math.Clamp(omega * omega * distance - 2 * omega * _velocity, -maxAcceleration, maxAcceleration);
        _velocity = Math.Clamp(_velocity + acceleration * dt, -maxSpeed, maxSpeed);
        var stopping = Math.Sqrt(2 * maxAcceleration * Math.Abs(distance));
        if (Math.Sign(_velocity) == Math.Sign(distance) && Math.Abs(_velocity) > stopping)
        {
            _velocity = Math.Sign(distance) * stopping;
        }
        Position += _velocity * dt;
        if (Position < 0 || Position > size - window)
        {
            Position = Math.Clamp(Position, 0, size - window);
            _velocity = 0;
        }
    }
}
