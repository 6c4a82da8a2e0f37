package dev.boundarytracer.agent.weaving.locks;

import java.util.Map;
import java.util.Set;
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
    if (opcode == Opcodes.MONITORENTER) {
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
  public void visitMethodInsn(
      int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
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

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 2, maxLocals);
  }

  private void hook(String name) {
    super.visitMethodInsn(Opcodes.INVOKESTATIC, SITES, name, "(Ljava/lang/Object;)V", false);
  }
}
