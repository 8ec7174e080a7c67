package org.latentexplorer.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One reusable native-order direct buffer for handing floats to the engine. DJL copies a heap
 * array into a fresh direct buffer on every call, memory that comes back only when the garbage
 * collector runs; reusing one buffer keeps a long run of decodes from growing native memory.
 * Owned by the engine thread; a tensor made from it must be closed before the next fill.
 */
final class DirectFloats {

  private ByteBuffer buffer;

  /** The values {@code [offset, offset + length)} in a buffer positioned at 0, limited to them. */
  ByteBuffer fill(float[] values, int offset, int length) {
    int bytes = length * Float.BYTES;
    if (buffer == null || buffer.capacity() < bytes) {
      buffer = ByteBuffer.allocateDirect(Math.max(bytes, 4096)).order(ByteOrder.nativeOrder());
    }
    buffer.clear();
    buffer.asFloatBuffer().put(values, offset, length);
    buffer.limit(bytes);
    return buffer;
  }
}
