import type { TaskDetail } from "@danvan/common";
import { useMe } from "../../auth/api";
import { RatingLinkPanel } from "../../satisfaction/components/rating-link-panel";

/**
 * A promise done may be rated once by the people it was made to. The link is handed out here by staff,
 * not on the public promises page, where any visitor could spend the single vote.
 */
export function TaskRatingLink({ task }: { task: TaskDetail }) {
  const me = useMe();
  if (!task.publicPromise || task.status !== "done" || !me.permissions.includes("satisfaction.read")) {
    return null;
  }
  return <RatingLinkPanel kind="task" refId={task.id} label={task.publicPromise.title} />;
}
