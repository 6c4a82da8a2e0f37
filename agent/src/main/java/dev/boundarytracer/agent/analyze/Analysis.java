package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.HdrHistogram.Histogram;

/**
 * What a recording says, in the shapes the agent's reports read.
 *
 * @param profile the snapshot with red flags, as the agent builds it at exit
 * @param thresholds the limits the flags were judged against (recorded, or the defaults)
 * @param notes lines about where figures come from (statistics events, approximations), never null
 * @param intervals per {@code operation/PHASE}, each interval's start (nanoseconds since the epoch)
 *     to the histogram of the durations that ended in it; never null
 * @param startNanos the recording's first analysed event, nanoseconds since the epoch
 */
public record Analysis(
    ProfileSnapshot profile,
    Thresholds thresholds,
    List<String> notes,
    Map<String, NavigableMap<Long, Histogram>> intervals,
    long startNanos) {}
