package dev.boundarytracer.agent.weaving.locks;

import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Rewrites one method's lock sites to call {@code dev.boundarytracer.internal.LockSites}:
 *
 * <ul>
 *   <li>{@code monitorenter}: hooks before and after it, with the monitor object;
 *   <li>{@code monitorexit} (normal and exception paths alike): a hook before it;
 *   <li>calls of {@code Lock.lock/lockInterruptibly/tryLock/unlock/newCondition} (on {@code Lock},
 *       {@code ReentrantLock} and the read/write locks of {@code ReentrantReadWriteLock}), {@code
 *       Condition.await*} and {@code Object.wait*}: replaced by a static call with the same stack
 *       shape, receiver first;
 *   <li>stores into designated fields of the class itself: the stored object is designated.
 * </ul>
 *
 * No branch is added, so stack map frames stay valid; the operand stack grows by at most 2.
 *
 * <p>The JIT compiles a method with monitors only when every instruction that can throw while a
 * monitor is held is covered by a catch-all handler. javac's {@code synchronized} block stores the
 * monitor in a local ({@code dup; astore n; monitorenter}) and opens the handler's range right
 * after {@code monitorenter}; the hook after it is therefore emitted just inside that range,
 * reading the monitor from the local. For other shapes the hook follows {@code monitorenter}
 * directly: still correct, but the JIT may then leave the method interpreted.
 */
final class LockSiteVisitor extends MethodVisitor {
  static final String SITES = "dev/boundarytracer/internal/LockSites";
  private static final String LOCK = "java/util/concurrent/locks/Lock";
  private static final String CONDITION = "java/util/concurrent/locks/Condition";
  private static final Set<String> LOCK_OWNERS =
      Set.of(
          LOCK,
          "java/util/concurrent/locks/ReentrantLock",
          "java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock",
          "java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock");
  private static final Set<String> CONDITION_OWNERS =
      Set.of(CONDITION, "java/util/concurrent/locks/AbstractQueuedSynchronizer$ConditionObject");
  private static final Set<String> LOCK_CALLS =
      Set.of(
          "lock()V",
          "lockInterruptibly()V",
          "tryLock()Z",
          "tryLock(JLjava/util/concurrent/TimeUnit;)Z",
          "unlock()V",
          "newCondition()Ljava/util/concurrent/locks/Condition;");
  private static final Set<String> CONDITION_CALLS =
      Set.of(
          "await()V",
          "awaitUninterruptibly()V",
          "awaitNanos(J)J",
          "await(JLjava/util/concurrent/TimeUnit;)Z",
          "awaitUntil(Ljava/util/Date;)Z");
  private static final Set<String> WAIT_CALLS = Set.of("wait()V", "wait(J)V", "wait(JI)V");

  private final String owner;
  private final Map<String, String> designatedFields;

  // javac's monitor pattern: 1 after dup, 2 after dup; astore (local in storedLocal).
  private int pattern;
  private int storedLocal;
  // The local holding a just-entered monitor whose after-enter hook is still to be emitted, or -1.
  private int pendingEnterLocal = -1;

  /**
   * @param delegate the next visitor
   * @param owner internal name of the class being woven
   * @param designatedFields field name to lock name, for fields of {@code owner}
   */
  LockSiteVisitor(MethodVisitor delegate, String owner, Map<String, String> designatedFields) {
    super(Opcodes.ASM9, delegate);
    this.owner = owner;
    this.designatedFields = designatedFields;
  }

  @Override
  public void visitInsn(int opcode) {
    flushPendingEnter();
    boolean javacShape = pattern == 2;
    pattern = opcode == Opcodes.DUP ? 1 : 0;
    if (opcode == Opcodes.MONITORENTER) {
      if (javacShape) {
        super.visitInsn(Opcodes.DUP);
        hook("beforeMonitorEnter");
        super.visitInsn(Opcodes.MONITORENTER);
        pendingEnterLocal = storedLocal;
        return;
      }
      super.visitInsn(Opcodes.DUP);
      super.visitInsn(Opcodes.DUP);
      hook("beforeMonitorEnter");
      super.visitInsn(Opcodes.MONITORENTER);
      hook("afterMonitorEnter");
      return;
    }
    if (opcode == Opcodes.MONITOREXIT) {
      super.visitInsn(Opcodes.DUP);
      hook("beforeMonitorExit");
    }
    super.visitInsn(opcode);
  }

  @Override
  public void visitLabel(Label label) {
    super.visitLabel(label);
    flushPendingEnter();
  }

  @Override
  public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
    flushPendingEnter();
    super.visitFrame(type, numLocal, local, numStack, stack);
  }

  @Override
  public void visitVarInsn(int opcode, int varIndex) {
    flushPendingEnter();
    if (opcode == Opcodes.ASTORE && pattern == 1) {
      pattern = 2;
      storedLocal = varIndex;
    } else {
      pattern = 0;
    }
    super.visitVarInsn(opcode, varIndex);
  }

  @Override
  public void visitIntInsn(int opcode, int operand) {
    reset();
    super.visitIntInsn(opcode, operand);
  }

  @Override
  public void visitTypeInsn(int opcode, String type) {
    reset();
    super.visitTypeInsn(opcode, type);
  }

  @Override
  public void visitJumpInsn(int opcode, Label label) {
    reset();
    super.visitJumpInsn(opcode, label);
  }

  @Override
  public void visitLdcInsn(Object value) {
    reset();
    super.visitLdcInsn(value);
  }

  @Override
  public void visitIincInsn(int varIndex, int increment) {
    reset();
    super.visitIincInsn(varIndex, increment);
  }

  @Override
  public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
    reset();
    super.visitTableSwitchInsn(min, max, dflt, labels);
  }

  @Override
  public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
    reset();
    super.visitLookupSwitchInsn(dflt, keys, labels);
  }

  @Override
  public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
    reset();
    super.visitMultiANewArrayInsn(descriptor, numDimensions);
  }

  @Override
  public void visitInvokeDynamicInsn(
      String name, String descriptor, Handle bootstrapMethodHandle, Object... bootstrapArgs) {
    reset();
    super.visitInvokeDynamicInsn(name, descriptor, bootstrapMethodHandle, bootstrapArgs);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
    reset();
    if (opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE) {
      String call = name + descriptor;
      String receiver = null;
      if (LOCK_OWNERS.contains(callOwner) && LOCK_CALLS.contains(call)) {
        receiver = LOCK;
      } else if (CONDITION_OWNERS.contains(callOwner) && CONDITION_CALLS.contains(call)) {
        receiver = CONDITION;
      } else if (WAIT_CALLS.contains(call)) {
        receiver = "java/lang/Object";
      }
      if (receiver != null) {
        super.visitMethodInsn(
            Opcodes.INVOKESTATIC,
            SITES,
            name,
            "(L" + receiver + ";" + descriptor.substring(1),
            false);
        return;
      }
    }
    super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
  }

  @Override
  public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
    reset();
    if ((opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC)
        && fieldOwner.equals(owner)
        && (descriptor.startsWith("L") || descriptor.startsWith("["))) {
      String lockName = designatedFields.get(name);
      if (lockName != null) {
        super.visitInsn(Opcodes.DUP);
        super.visitLdcInsn(lockName);
        super.visitMethodInsn(
            Opcodes.INVOKESTATIC,
            SITES,
            "designate",
            "(Ljava/lang/Object;Ljava/lang/String;)V",
            false);
      }
    }
    super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
  }

  /** Emits the after-enter hook of a javac-shaped monitorenter, reading the monitor's local. */
  private void flushPendingEnter() {
    if (pendingEnterLocal >= 0) {
      int local = pendingEnterLocal;
      pendingEnterLocal = -1;
      super.visitVarInsn(Opcodes.ALOAD, local);
      hook("afterMonitorEnter");
    }
  }

  private void reset() {
    flushPendingEnter();
    pattern = 0;
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    flushPendingEnter();
    super.visitMaxs(maxStack + 2, maxLocals);
  }

  private void hook(String name) {
    super.visitMethodInsn(Opcodes.INVOKESTATIC, SITES, name, "(Ljava/lang/Object;)V", false);
  }
}
