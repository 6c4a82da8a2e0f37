package dev.boundarytracer.agent.weaving.locks;

import static dev.boundarytracer.agent.bridge.BridgeMethods.CONDITION;
import static dev.boundarytracer.agent.bridge.BridgeMethods.LOCK;

import dev.boundarytracer.agent.bridge.BridgeMethods;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Rewrites one method's lock sites to call the bridge ({@link BridgeMethods}):
 *
 * <ul>
 *   <li>{@code monitorenter}: hooks before and after it, with the monitor object;
 *   <li>{@code monitorexit} (normal and exception paths alike): a hook before it;
 *   <li>calls of {@code Lock.lock/lockInterruptibly/tryLock/unlock/newCondition} (on {@code Lock},
 *       {@code ReentrantLock} and the read/write locks of {@code ReentrantReadWriteLock}, and any
 *       class the type pool shows to implement {@code Lock}, such as an application's {@code
 *       ReentrantLock} subclass called through its own type), {@code Condition.await*} and {@code
 *       Object.wait*}: replaced by a static call with the same stack shape, receiver first;
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
  private static final Set<String> LOCK_OWNERS =
      Set.of(
          LOCK,
          "java/util/concurrent/locks/ReentrantLock",
          "java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock",
          "java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock");
  private static final Set<String> CONDITION_OWNERS =
      Set.of(CONDITION, "java/util/concurrent/locks/AbstractQueuedSynchronizer$ConditionObject");

  private final String owner;
  private final Map<String, String> designatedFields;
  private final Predicate<String> isLockType;

  // javac's monitor pattern: 1 after dup, 2 after dup; astore (local in storedLocal).
  private int pattern;
  private int storedLocal;
  // The local holding a just-entered monitor whose after-enter hook is still to be emitted, or -1.
  private int pendingEnterLocal = -1;

  /**
   * @param delegate the next visitor
   * @param owner internal name of the class being woven
   * @param designatedFields field name to lock name, for fields of {@code owner}
   * @param isLockType whether a class (internal name) outside the JDK's lock classes implements
   *     {@code Lock}; asked only for calls whose name and descriptor are those of a lock call
   */
  LockSiteVisitor(
      MethodVisitor delegate,
      String owner,
      Map<String, String> designatedFields,
      Predicate<String> isLockType) {
    super(Opcodes.ASM9, delegate);
    this.owner = owner;
    this.designatedFields = designatedFields;
    this.isLockType = isLockType;
  }

  @Override
  public void visitInsn(int opcode) {
    flushPendingEnter();
    boolean javacShape = pattern == 2;
    pattern = opcode == Opcodes.DUP ? 1 : 0;
    if (opcode == Opcodes.MONITORENTER) {
      if (javacShape) {
        super.visitInsn(Opcodes.DUP);
        hook(BridgeMethods.BEFORE_MONITOR_ENTER);
        super.visitInsn(Opcodes.MONITORENTER);
        pendingEnterLocal = storedLocal;
        return;
      }
      super.visitInsn(Opcodes.DUP);
      super.visitInsn(Opcodes.DUP);
      hook(BridgeMethods.BEFORE_MONITOR_ENTER);
      super.visitInsn(Opcodes.MONITORENTER);
      hook(BridgeMethods.AFTER_MONITOR_ENTER);
      return;
    }
    if (opcode == Opcodes.MONITOREXIT) {
      super.visitInsn(Opcodes.DUP);
      hook(BridgeMethods.BEFORE_MONITOR_EXIT);
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
      String replacement = null;
      if (BridgeMethods.LOCK_CALLS.containsKey(call)
          && (LOCK_OWNERS.contains(callOwner) || isLockType.test(callOwner))) {
        replacement = BridgeMethods.LOCK_CALLS.get(call);
      } else if (CONDITION_OWNERS.contains(callOwner)
          && BridgeMethods.CONDITION_CALLS.containsKey(call)) {
        replacement = BridgeMethods.CONDITION_CALLS.get(call);
      } else if (BridgeMethods.WAIT_CALLS.containsKey(call)) {
        replacement = BridgeMethods.WAIT_CALLS.get(call);
      }
      if (replacement != null) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, BridgeMethods.OWNER, name, replacement, false);
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
            BridgeMethods.OWNER,
            BridgeMethods.DESIGNATE,
            BridgeMethods.DESIGNATE_DESCRIPTOR,
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
      hook(BridgeMethods.AFTER_MONITOR_ENTER);
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
    super.visitMethodInsn(
        Opcodes.INVOKESTATIC, BridgeMethods.OWNER, name, BridgeMethods.MONITOR_HOOK, false);
  }
}
