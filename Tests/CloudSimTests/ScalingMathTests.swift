@testable import CloudSim
import Testing

/// The capacity arithmetic of step, simple and target-tracking policies (AWS reference 1.4).
@Suite struct ScalingMathTests {
    @Test func percentChangeRoundsAsAWSDocuments() {
        // 12.7 -> 12 (down above 1), 0.5 -> 1, -0.5 -> -1, -6.67 -> -6 (toward zero below -1).
        #expect(ScalingMath.apply(.percentChangeInCapacity, 12.7, base: 100) == 112)
        #expect(ScalingMath.apply(.percentChangeInCapacity, 1, base: 50) == 51)
        #expect(ScalingMath.apply(.percentChangeInCapacity, -1, base: 50) == 49)
        #expect(ScalingMath.apply(.percentChangeInCapacity, -6.67, base: 100) == 94)
        #expect(ScalingMath.apply(.percentChangeInCapacity, 0, base: 10) == 10)
    }

    @Test func minAdjustmentMagnitudeIsAFloorOnPercentChanges() {
        // 25 % of 4 is 1; with a minimum magnitude of 2 the group adds 2.
        #expect(ScalingMath.apply(.percentChangeInCapacity, 25, base: 4, minMagnitude: 2) == 6)
        #expect(ScalingMath.apply(.percentChangeInCapacity, -25, base: 4, minMagnitude: 2) == 2)
        #expect(ScalingMath.apply(.percentChangeInCapacity, 50, base: 10, minMagnitude: 2) == 15)
    }

    @Test func changeInCapacityAddsAndExactCapacitySets() {
        #expect(ScalingMath.apply(.changeInCapacity, 5, base: 3) == 8)
        #expect(ScalingMath.apply(.changeInCapacity, -2, base: 3) == 1)
        #expect(ScalingMath.apply(.exactCapacity, 7, base: 3) == 7)
        #expect(ScalingMath.apply(.exactCapacity, -4, base: 3) == 0)
    }

    @Test func stepBandsAreLowerInclusiveAboveTheThresholdAndUpperInclusiveBelow() {
        // The documented example around a threshold of 50: 60-70 %, >= 70 %, 30-40 %, <= 30 %.
        let smallOut = StepAdjustment(lowerBound: 10, upperBound: 20, adjustment: 10)
        let bigOut = StepAdjustment(lowerBound: 20, upperBound: nil, adjustment: 30)
        let smallIn = StepAdjustment(lowerBound: -20, upperBound: -10, adjustment: -10)
        let bigIn = StepAdjustment(lowerBound: nil, upperBound: -20, adjustment: -30)
        #expect(ScalingMath.step(smallOut, contains: 10))  // 60 % is in [60, 70)
        #expect(!ScalingMath.step(smallOut, contains: 20))  // 70 % is not ...
        #expect(ScalingMath.step(bigOut, contains: 20))  // ... it is in [70, inf)
        #expect(ScalingMath.step(smallIn, contains: -10))  // 40 % is in (30, 40]
        #expect(!ScalingMath.step(smallIn, contains: -20))  // 30 % is not ...
        #expect(ScalingMath.step(bigIn, contains: -20))  // ... it is in (-inf, 30]
        #expect(!ScalingMath.step(smallOut, contains: 5))
    }

    @Test func targetTrackingRoundsUpWhenAddingAndRemovesFewerWhenRemoving() {
        // One instance at 90 % for a 60 % target wants 1.5 instances: add, rounded up, to 2.
        #expect(ScalingMath.targetTracking(current: 1, metric: 90, target: 60, scaleOut: true) == 2)
        #expect(ScalingMath.targetTracking(current: 3, metric: 75, target: 60, scaleOut: true) == 4)
        // Three at 30 % want 1.5: removing 1.5 removes 1, leaving 2.
        #expect(ScalingMath.targetTracking(current: 3, metric: 30, target: 60, scaleOut: false) == 2)
        // Two at 45 % want 1.5: removing 0.5 removes nothing.
        #expect(ScalingMath.targetTracking(current: 2, metric: 45, target: 60, scaleOut: false) == nil)
        // Exactly on target: no change either way.
        #expect(ScalingMath.targetTracking(current: 4, metric: 60, target: 60, scaleOut: true) == nil)
        #expect(ScalingMath.targetTracking(current: 4, metric: 60, target: 60, scaleOut: false) == nil)
    }
}
