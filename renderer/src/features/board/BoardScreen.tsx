import { ActionList } from '../actions/ActionList';
import { AddActionForm } from '../actions/AddActionForm';

/** The sequencing board (placeholder until the board lands: the list of lanes). */
export function BoardScreen() {
  return <><AddActionForm /><ActionList /></>;
}
