/// EKS control plane prices (`aws-behaviour.md` section 10.5 [blog/3p]): $0.10 per
/// cluster-hour in standard support, $0.60 in extended support. Pods on Fargate are billed
/// as Fargate tasks (`FargatePricing`); EC2 nodes as EC2 instances (the engine's bill).
public enum EKSPricing {
    /// Dollars per cluster-hour, standard support (14 months per Kubernetes minor version).
    public static let standardPerHour = 0.10
    /// Dollars per cluster-hour, extended support (12 months more).
    public static let extendedPerHour = 0.60
}
