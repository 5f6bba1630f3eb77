/// The built-in `static-website` scenario: Route 53, CloudFront and an S3 bucket.
///
/// Mirrored byte for byte in `Scenarios/static-website.yaml`; a test keeps the two identical, so edit
/// both together.
enum StaticWebsiteScenario {
    /// The YAML text.
    static let yaml = #"""
        # static-website: a website served from the edge.
        # Route 53 answers www.example.com with a CloudFront distribution; its edge locations cache the
        # site's files, and only misses reach the S3 bucket behind it.
        # Format reference: docs/scenario-format.md

        name: static-website
        title: "Static website: Route 53 -> CloudFront -> S3"
        description: >
          Visitors in North America, Europe and Japan look up www.example.com in Route 53, which
          answers with a CloudFront distribution. Two edge locations per region cache the site's
          100,000 files (50 KB each, a few of them far more popular than the rest), backed by a 20 GB
          regional edge cache, and only misses reach the S3 bucket in us-east-1. Watch the cache hit
          ratio climb as the caches warm. At 10 minutes the whole distribution is invalidated: the
          hit ratio collapses, the bucket suddenly sees every request, and the caches fill again. At
          20 minutes the bucket fails for two minutes: copies already at the edge are still served,
          expired ones are served stale for one more minute, and then misses turn into errors.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]

        buckets:
          - name: site-bucket
            region: us-east-1
            latencyMillis: 20

        distributions:
          - name: site-cdn
            priceClass: all
            origin: site-bucket
            defaultBehavior:
              defaultTTL: 10m               # the bucket sends no Cache-Control header
              catalogue: {objects: 100000, zipf: 1.0, objectSize: 50KB}
            clientRegions:
              - {region: us-east-1, edges: 2}
              - {region: eu-west-1, edges: 2}
              - {region: ap-northeast-1, edges: 2}
            edgeCapacity: 2GB               # about 40,000 files per edge location
            regionalEdgeCapacity: 20GB      # the whole site
            staleIfError: 1m

        hostedZones:
          - name: example.com
            records:
              - name: www.example.com
                type: A
                alias: {name: site-cdn}     # an alias to a distribution: TTL 60 s, no target health

        traffic:
          - name: visitors
            target: www.example.com
            pattern: {type: steady, rps: 2000}
            clientRegions: {us-east-1: 0.5, eu-west-1: 0.3, ap-northeast-1: 0.2}

        timeline:
          - at: 10m
            caption: "Invalidation: every edge cache is emptied; watch the hit ratio collapse and the bucket take every miss"
            seconds: 10
          - at: 10m
            fault: {kind: "cloudfront:invalidate", target: site-cdn}
          - at: 20m
            caption: "The bucket fails for 2 minutes: cached copies still serve, expired ones go stale for 1 minute, then misses fail"
            seconds: 10
          - at: 20m
            fault: {kind: "cloudfront:origin-failure", target: site-bucket, duration: 2m}

        """#
}
