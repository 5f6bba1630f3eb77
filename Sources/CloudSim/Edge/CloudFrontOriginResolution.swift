/// What happens this tick to a request that has to go all the way to the origin.
///
/// A 5xx answer fails fast; an unreachable origin costs `connectionAttempts x
/// connectionTimeout` (30 s by default) before CloudFront gives up on it. An origin group then
/// tries the secondary, so a request behind an unreachable primary waits those 30 s and is
/// answered by the secondary.
public struct CloudFrontOriginResolution: Sendable, Equatable {
    /// Whether the request gets the object (from the primary or the secondary).
    public var isAvailable: Bool
    /// Seconds the request waits on connection timeouts before it is answered (0 = promptly).
    public var waitSeconds: Double
    /// Whether the secondary origin of a group was tried.
    public var triedSecondary: Bool

    /// Creates a resolution.
    public init(isAvailable: Bool, waitSeconds: Double, triedSecondary: Bool) {
        self.isAvailable = isAvailable
        self.waitSeconds = waitSeconds
        self.triedSecondary = triedSecondary
    }

    /// Resolves the outcome of an origin fetch for `target` under `health`.
    ///
    /// A primary answering an error whose status is not in `failoverStatusCodes` is not failed
    /// over: the viewer gets the error.
    public static func resolve(
        _ target: CloudFrontOriginTarget, health: CloudFrontOriginHealth,
        connection: CloudFrontOriginConnection,
        failoverStatusCodes: [Int] = CloudFrontOriginConnection.defaultFailoverStatusCodes
    ) -> CloudFrontOriginResolution {
        func attempt(_ condition: CloudFrontOriginCondition) -> (ok: Bool, wait: Double) {
            switch condition {
            case .healthy: return (true, 0)
            case .serverErrors: return (false, 0)
            case .unreachable: return (false, connection.giveUpSeconds)
            }
        }
        let primary = attempt(health.primary)
        if primary.ok {
            return CloudFrontOriginResolution(isAvailable: true, waitSeconds: 0, triedSecondary: false)
        }
        let failsOver = health.primary == .unreachable || failoverStatusCodes.contains(health.primaryStatus)
        guard case .group = target, failsOver else {
            return CloudFrontOriginResolution(
                isAvailable: false, waitSeconds: primary.wait, triedSecondary: false)
        }
        let secondary = attempt(health.secondary)
        return CloudFrontOriginResolution(
            isAvailable: secondary.ok, waitSeconds: primary.wait + secondary.wait, triedSecondary: true)
    }
}
