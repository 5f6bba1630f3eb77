/// Prices of the asynchronous services (us-east-1, reference section 13, illustrative):
/// SQS $0.40 per million requests (standard) and $0.50 (FIFO); SNS $0.50 per million
/// publishes (deliveries to SQS and Lambda are free); Lambda and API Gateway in
/// `LambdaPricing` and `ApiGatewayPricing`.
enum MessagingPricing {
    /// Dollars per SQS request of a standard or FIFO queue.
    static func sqsPerRequest(_ type: SQSQueueType) -> Double {
        (type == .standard ? 0.40 : 0.50) / 1_000_000
    }
    /// Dollars per SNS publish.
    static let snsPerPublish = 0.50 / 1_000_000
}

/// The running bill of SQS, SNS, Lambda and API Gateway: totals as of the last whole second
/// (each recomputed from the services' own counters, so they are exact) and smoothed hourly rates.
struct MessagingBill: Sendable {
    var sqs = 0.0
    var sns = 0.0
    var lambda = 0.0
    var apiGateway = 0.0
    var sqsPerHour = 0.0
    var snsPerHour = 0.0
    var lambdaPerHour = 0.0
    var apiGatewayPerHour = 0.0

    var total: Double { sqs + sns + lambda + apiGateway }
    var perHour: Double { sqsPerHour + snsPerHour + lambdaPerHour + apiGatewayPerHour }

    /// Sets the totals after `seconds` more; the hourly rates follow the change, smoothed over
    /// about 20 s as for the edge.
    mutating func update(seconds: Double, sqs: Double, sns: Double, lambda: Double, apiGateway: Double) {
        let perHour = 3600 / max(seconds, 1e-9)
        sqsPerHour = 0.95 * sqsPerHour + 0.05 * (sqs - self.sqs) * perHour
        snsPerHour = 0.95 * snsPerHour + 0.05 * (sns - self.sns) * perHour
        lambdaPerHour = 0.95 * lambdaPerHour + 0.05 * (lambda - self.lambda) * perHour
        apiGatewayPerHour = 0.95 * apiGatewayPerHour + 0.05 * (apiGateway - self.apiGateway) * perHour
        self.sqs = sqs
        self.sns = sns
        self.lambda = lambda
        self.apiGateway = apiGateway
    }
}
