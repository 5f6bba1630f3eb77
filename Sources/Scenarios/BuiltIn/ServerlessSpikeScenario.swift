/// The built-in `serverless-spike` scenario: a traffic burst against API Gateway and Lambda.
///
/// Mirrored byte for byte in `Scenarios/serverless-spike.yaml`; a test keeps the two identical, so edit
/// both together.
enum ServerlessSpikeScenario {
    /// The YAML text.
    static let yaml = #"""
        # serverless-spike: a burst of traffic against API Gateway and Lambda.
        # The function scales out environment by environment up to its reserved concurrency; beyond it,
        # and beyond the stage's token bucket, callers get 429 Too Many Requests.
        # Format reference: docs/scenario-format.md

        name: serverless-spike
        title: "Serverless spike: API Gateway and Lambda throttling under a 25x burst"
        description: >
          An API Gateway stage (rate 4,000 requests/s, burst 2,000) invokes a Lambda function that
          runs for about 280 ms and has 600 reserved concurrency, 50 of it provisioned. At 200 requests
          per second about 60 environments are busy. At 1 minute traffic jumps to 5,000 requests per
          second for two minutes: new environments start with a cold start, concurrency climbs at
          Lambda's scaling rate (1,000 more every 10 seconds) until it hits the reservation, and from
          then on Lambda answers the excess with 429 TooManyRequests. The stage's bucket empties within
          two seconds and API Gateway itself turns 1,000 requests/s away with 429 before they reach the
          function. After the spike the environments stay warm, idle. At 5 minutes the stage's rate is
          cut to 100 requests/s for two minutes: its token bucket empties, most callers get 429 from
          API Gateway, and the function sits nearly idle behind it.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]

        apiStages:
          - name: prod
            type: rest
            throttle: {rate: 4000, burst: 2000}
            integration: {lambda: api}
            integrationTimeout: 29s

        functions:
          - name: api
            runtime: python
            memory: 1024
            timeout: 10s
            duration: {median: 250ms, sigma: 0.5}   # mean about 283 ms
            reservedConcurrency: 600                # at most about 2,100 requests/s
            provisionedConcurrency: 50              # the base load never waits for a cold start

        traffic:
          - name: clients
            target: prod
            pattern: {type: spike, base: 200, peak: 5000, at: 1m, duration: 2m}
            clientRegions: {us-east-1: 1}

        timeline:
          - at: 0
            caption: "200 requests/s: about 60 environments busy, 50 of them provisioned"
            seconds: 8
          - at: 1m
            caption: "25x spike: cold starts, concurrency climbs at up to 1,000 environments per 10 s"
            seconds: 8
          - at: 70s
            caption: "Reserved concurrency 600 reached: Lambda throttles the rest (429); the stage's bucket is empty too"
            seconds: 10
          - at: 3m
            caption: "The spike is over: hundreds of environments stay warm and idle until Lambda reclaims them"
            seconds: 10
          - at: 5m
            caption: "apigw:throttle cuts the stage to 100 requests/s: API Gateway answers 429 before Lambda"
            seconds: 10
          - at: 5m
            fault: {kind: "apigw:throttle", target: prod, duration: 2m, magnitude: 100}
          - at: 7m
            caption: "The stage's rate is restored: every request reaches the function again"
            seconds: 8

        """#
}
